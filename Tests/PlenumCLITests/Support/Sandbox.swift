import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What a finished `plenum` run left: its exit status and both streams.
struct RunResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// A private temporary folder for one test: the working directory, HOME and progress
/// folder of every `plenum` it starts; removed when the test ends.
final class Sandbox {
  private let folder: TemporaryFolder
  /// The sandbox folder itself (the children's working directory).
  var root: String { folder.path }

  init() throws {
    folder = try TemporaryFolder(prefix: "plenum-e2e")
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
  }

  /// The progress folder tests pass with `--progress` (not created in advance).
  var progress: String { root + "/progress" }
  /// HOME for the children, so nothing falls back to the real home folder.
  var home: String { root + "/home" }

  /// A learner's folder inside `progress`.
  func learnerFolder(_ learner: String = "default") -> String { progress + "/" + learner }

  /// A small environment built from scratch: no NO_COLOR, COLUMNS or PLENUM_* leaks in from
  /// the machine running the tests.
  func environment(now: String? = "2026-09-01T09:00:00Z", _ extra: [String: String] = [:])
    -> [String: String]
  {
    var environment = [
      "PATH": "/usr/bin:/bin", "HOME": home, "TZ": "UTC", "LANG": "C.UTF-8",
      "XDG_DATA_HOME": root + "/xdg",
    ]
    if let now { environment["PLENUM_NOW"] = now }
    environment.merge(extra) { $1 }
    return environment
  }

  /// Starts `plenum` with pipes (or a terminal) and leaves the conversation to the caller.
  func start(
    _ arguments: [String], environment: [String: String]? = nil,
    streams: ChildProcess.Streams = .pipes
  ) throws -> ChildProcess {
    try ChildProcess.spawn(
      try PlenumBinary.path(), arguments, environment: environment ?? self.environment(),
      directory: root, streams: streams)
  }

  /// Runs `plenum` to the end with `input` on stdin.
  func run(
    _ arguments: [String], input: String = "", environment: [String: String]? = nil,
    timeout: Duration = .seconds(60)
  ) throws -> RunResult {
    let child = try start(arguments, environment: environment)
    child.send(input)
    child.closeInput()
    let status = try child.finish(timeout: timeout)
    return RunResult(status: status, stdout: child.outputText, stderr: child.errorText)
  }

  /// Writes a file inside the sandbox and returns its path.
  @discardableResult
  func write(_ text: String, to name: String) throws -> String {
    try folder.write(text, to: name)
  }

  /// Every path under `folder` (relative), with its mode, to show nothing changed.
  static func listing(_ folder: String) -> [String: Int] { TemporaryFolder.listing(folder) }

  /// The permission bits of `path`, or nil when it does not exist.
  static func mode(_ path: String) -> Int? { TemporaryFolder.mode(path) }
}

/// Finds the `plenum` executable that SwiftPM built next to the test bundle.
enum PlenumBinary {
  /// The path, or an error that says how to build it.
  static func path() throws -> String {
    if let found = located { return found }
    throw HarnessError(
      "The plenum executable was not found next to the test bundle (\(candidates.joined(separator: ", "))); "
        + "run 'swift build' (or 'swift build --build-tests') first.")
  }

  private static let located: String? = candidates.first { access($0, X_OK) == 0 }

  /// The test runner's own folder first (where `swift test` builds every product), then the
  /// package's `.build/debug` found from this source file.
  private static let candidates: [String] = {
    var list: [String] = []
    if let custom = ProcessInfo.processInfo.environment["PLENUM_TEST_BINARY"] {
      list.append(custom)
    }
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if n > 0 {
      let exe = String(
        decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      list.append((exe as NSString).deletingLastPathComponent + "/plenum")
      // On Linux the runner may be PlenumPackageTests.xctest inside the products folder.
      list.append(
        ((exe as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
          + "/plenum")
    }
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    list.append(packageRoot.path + "/.build/debug/plenum")
    return list
  }()
}
