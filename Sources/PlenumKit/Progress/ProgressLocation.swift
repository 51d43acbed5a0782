#if canImport(Glibc)
  import Glibc
#endif

/// Where progress is kept, and why there.
public struct ProgressLocation: Hashable, Sendable {
  /// What chose the location.
  public enum Origin: Hashable, Sendable {
    /// `--progress DIR` on the command line.
    case option
    /// The `PLENUM_PROGRESS` environment variable.
    case environment
    /// `./progress` of the Plenum project folder plenum was run from.
    case projectFolder
    /// `$XDG_DATA_HOME/plenum`.
    case xdgDataHome
    /// `~/.local/share/plenum`.
    case home
  }

  /// The absolute progress root.
  public var path: String
  /// What chose it.
  public var origin: Origin

  /// Picks the progress root: `--progress DIR` > `PLENUM_PROGRESS` > `./progress` when the
  /// current directory is the Plenum project (a Package.swift naming "Plenum", or whose
  /// `progress/README.md` mentions plenum, next to a `progress/` folder) >
  /// `$XDG_DATA_HOME/plenum` (if absolute, per the XDG spec) > `~/.local/share/plenum`.
  /// Relative paths are taken from `currentDirectory`. Only reads files; creates nothing.
  public static func resolve(
    explicit: String?, environment: [String: String], currentDirectory: String
  ) -> ProgressLocation {
    func absolute(_ path: String) -> String {
      if path.hasPrefix("/") { return path }
      if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty {
        return home + path.dropFirst()
      }
      return ProgressFolders.join(currentDirectory, path)
    }
    if let explicit, !explicit.isEmpty {
      return ProgressLocation(path: absolute(explicit), origin: .option)
    }
    if let variable = environment["PLENUM_PROGRESS"], !variable.isEmpty {
      return ProgressLocation(path: absolute(variable), origin: .environment)
    }
    if isProjectFolder(currentDirectory) {
      return ProgressLocation(
        path: ProgressFolders.join(currentDirectory, "progress"), origin: .projectFolder)
    }
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return ProgressLocation(path: ProgressFolders.join(data, "plenum"), origin: .xdgDataHome)
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/"
    return ProgressLocation(path: ProgressFolders.join(home, ".local/share/plenum"), origin: .home)
  }

  static func isProjectFolder(_ folder: String) -> Bool {
    let progress = ProgressFolders.join(folder, "progress")
    guard ProgressFolders.entry(at: progress) == .folder,
      let manifest = DeviceIdentity.readSmallFile(ProgressFolders.join(folder, "Package.swift"))
    else { return false }
    if manifest.contains("name: \"Plenum\"") { return true }
    let readme = DeviceIdentity.readSmallFile(ProgressFolders.join(progress, "README.md")) ?? ""
    return readme.lowercased().contains("plenum")
  }
}
