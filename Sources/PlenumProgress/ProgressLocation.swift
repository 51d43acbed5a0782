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

  /// Picks the progress root: `--progress DIR` > `PLENUM_PROGRESS` > `<project>/progress`
  /// when the current directory is in the Plenum project, searched upwards (a Package.swift
  /// naming "Plenum", or whose `progress/README.md` mentions plenum, next to a `progress/`
  /// folder) >
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
    if let project = projectFolder(containing: currentDirectory) {
      return ProgressLocation(
        path: ProgressFolders.join(project, "progress"), origin: .projectFolder)
    }
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return ProgressLocation(path: ProgressFolders.join(data, "plenum"), origin: .xdgDataHome)
    }
    let home = homeFolder(environment: environment) ?? "/"
    return ProgressLocation(path: ProgressFolders.join(home, ".local/share/plenum"), origin: .home)
  }

  /// Plenum's own data folder, outside every learner folder: `$XDG_DATA_HOME/plenum` (if
  /// absolute), else `~/.local/share/plenum`; nil when there is no home folder at all.
  public static func dataFolder(environment: [String: String]) -> String? {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return ProgressFolders.join(data, "plenum")
    }
    return homeFolder(environment: environment).map {
      ProgressFolders.join($0, ".local/share/plenum")
    }
  }

  /// `HOME` when set to an absolute path, else the user's home in the password database
  /// (as a login shell would set it); nil when neither exists.
  public static func homeFolder(environment: [String: String]) -> String? {
    if let home = environment["HOME"], home.hasPrefix("/") { return home }
    var entry = passwd()
    var result: UnsafeMutablePointer<passwd>?
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getpwuid_r(getuid(), &entry, &buffer, buffer.count, &result) == 0, result != nil,
      let directory = entry.pw_dir
    else { return nil }
    let home = String(cString: directory)
    return home.hasPrefix("/") ? home : nil
  }

  /// The nearest folder at or above `folder` that is the Plenum project, found upwards as
  /// git finds its repository, so a subfolder of the project keeps using its progress.
  static func projectFolder(containing folder: String) -> String? {
    var current = folder
    while true {
      if isProjectFolder(current) { return current }
      let parent = ProgressFolders.parentFolder(of: current)
      if parent.isEmpty || parent == current { return nil }
      current = parent
    }
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
