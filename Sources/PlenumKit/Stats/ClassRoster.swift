import Foundation
import PlenumProgress

/// Finds the learner folders of a class: each given folder is either one learner's folder
/// (it holds `reviews-*.jsonl` files) or a class folder with one sub-folder per learner.
public enum ClassRoster {
  /// One learner to report on.
  public struct Entry: Sendable, Equatable {
    /// The name shown in the report: the folder's name, or `class/name` when two classes
    /// have a learner of the same name.
    public var name: String
    /// The learner folder's path.
    public var folder: String

    /// Creates an entry.
    public init(name: String, folder: String) {
      self.name = name
      self.folder = folder
    }
  }

  /// Why a folder given to the report cannot be read.
  public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
      case missing, notAFolder, unreadable, noLearners, symbolicLink
    }

    public var path: String
    public var reason: Reason

    /// A sentence that names the folder and says what to do.
    public var description: String {
      switch reason {
      case .missing:
        "The folder '\(path)' does not exist; give a class folder (one folder per learner) or a learner's folder."
      case .notAFolder:
        "'\(path)' is a file, not a folder; give a class folder (one folder per learner) or a learner's folder."
      case .unreadable:
        "The folder '\(path)' cannot be read; check its permissions (its reviews would be counted as none)."
      case .symbolicLink:
        "The student folder '\(path)' is a symbolic link; plenum does not follow links to "
          + "progress (as 'plenum stats' does not). Copy the folder in instead."
      case .noLearners:
        "The folder '\(path)' holds neither learner folders nor reviews-*.jsonl files; "
          + "give a class folder (one folder per learner) or a learner's folder."
      }
    }
  }

  /// The learners under `folders`, in the order given and by name (byte order) within each
  /// class folder, each folder once.
  public static func learners(in folders: [String]) throws(Failure) -> [Entry] {
    var found: [(entry: Entry, group: String)] = []
    var seenFolders = Set<String>()
    for path in folders {
      let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
      for folder in try learnerFolders(trimmed) {
        // Named and told apart by the absolute path, so "." and "./class/ana" work too.
        let absolute = URL(fileURLWithPath: folder).standardizedFileURL
        guard seenFolders.insert(absolute.path).inserted else { continue }
        let group = absolute.deletingLastPathComponent().lastPathComponent
        found.append((Entry(name: absolute.lastPathComponent, folder: folder), group))
      }
    }
    // Two classes may both have an "alice": name those by class so the rows can be told apart.
    var counts: [String: Int] = [:]
    for item in found { counts[item.entry.name, default: 0] += 1 }
    return found.map { item in
      guard counts[item.entry.name, default: 0] > 1 else { return item.entry }
      return Entry(name: item.group + "/" + item.entry.name, folder: item.entry.folder)
    }
  }

  private static func learnerFolders(_ path: String) throws(Failure) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw Failure(path: path, reason: .missing)
    }
    guard isDirectory.boolValue else { throw Failure(path: path, reason: .notAFolder) }
    guard let dir = opendir(path) else { throw Failure(path: path, reason: .unreadable) }
    closedir(dir)
    if !ReviewLog.logFileNames(in: path).isEmpty { return [path] }
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
      throw Failure(path: path, reason: .unreadable)
    }
    var learners: [String] = []
    for name in names where !name.hasPrefix(".") {
      let folder = path + "/" + name
      switch (try? FileManager.default.attributesOfItem(atPath: folder))?[.type]
        as? FileAttributeType
      {
      case .typeDirectory?:
        // An unreadable student would be reported as one who never studied.
        guard let dir = opendir(folder) else { throw Failure(path: folder, reason: .unreadable) }
        closedir(dir)
        learners.append(name)
      case .typeSymbolicLink?:
        var info = stat()
        if stat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
          throw Failure(path: folder, reason: .symbolicLink)
        }
      default: continue
      }
    }
    guard !learners.isEmpty else { throw Failure(path: path, reason: .noLearners) }
    return learners.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { path + "/" + $0 }
  }
}
