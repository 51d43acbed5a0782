import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A fresh, private (0700) folder under the system's temporary folder, removed with everything
/// in it when the value is released: one per test, so tests never share files.
open class TemporaryFolder: @unchecked Sendable {
  /// The folder's absolute path.
  public let path: String

  /// Creates the folder; `prefix` names it (`plenum-e2e-Xa81Qz`) so a leftover is traceable.
  public init(prefix: String = "plenum-test") throws {
    var template = Array((NSTemporaryDirectory() + "/\(prefix)-XXXXXX").utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw TestSupportError("mkdtemp failed: \(String(cString: strerror(errno))).")
    }
    path = URL(fileURLWithPath: String(cString: made)).standardizedFileURL.path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// The path of `relative` inside the folder.
  public func file(_ relative: String) -> String { path + "/" + relative }

  /// Writes `text` to `relative` (replacing it) and returns the file's path.
  @discardableResult
  public func write(_ text: String, to relative: String) throws -> String {
    let target = file(relative)
    try Data(text.utf8).write(to: URL(fileURLWithPath: target))
    return target
  }

  /// The text of `relative`, or "<missing>" when it cannot be read.
  public func read(_ relative: String) -> String {
    (try? String(contentsOfFile: file(relative), encoding: .utf8)) ?? "<missing>"
  }

  /// The permission bits of `path` (not following a link), or nil when it does not exist.
  public static func mode(_ path: String) -> Int? {
    var info = stat()
    return lstat(path, &info) == 0 ? Int(info.st_mode & 0o7777) : nil
  }

  /// Every path under `folder` (relative) with its permission bits, to show nothing changed.
  public static func listing(_ folder: String) -> [String: Int] {
    guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [:] }
    var result: [String: Int] = [:]
    while let name = enumerator.nextObject() as? String {
      result[name] = mode(folder + "/" + name)
    }
    return result
  }
}

/// A failure of the test harness itself (not of the code under test).
public struct TestSupportError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
