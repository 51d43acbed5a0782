import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A child process started with posix_spawn, with pipes to its stdin and stdout, so a
/// benchmark can time its output to the line and read its own peak memory from wait4.
struct ChildProcess {
  let pid: pid_t
  /// Our end of the child's stdin (-1 once closed).
  private(set) var input: Int32
  /// Our end of the child's stdout.
  let output: Int32
  private var buffer: [UInt8] = []

  /// Starts `path` with `arguments` and `environment`; stderr goes to `stderrPath`.
  init?(path: String, arguments: [String], environment: [String: String], stderrPath: String = "/dev/null") {
    var toChild: [Int32] = [0, 0]
    var fromChild: [Int32] = [0, 0]
    guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    for fd in toChild + fromChild { posix_spawn_file_actions_addclose(&actions, fd) }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var child: pid_t = 0
    let status = posix_spawn(&child, path, &actions, nil, argv, envp)
    close(toChild[0])
    close(fromChild[1])
    guard status == 0 else {
      close(toChild[1])
      close(fromChild[0])
      return nil
    }
    pid = child
    input = toChild[1]
    output = fromChild[0]
  }

  /// The next line of the child's stdout without its newline; nil at end of output.
  mutating func readLine() -> String? {
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        let line = String(decoding: buffer[..<newline], as: UTF8.self)
        buffer.removeSubrange(...newline)
        return line
      }
      var chunk = [UInt8](repeating: 0, count: 65_536)
      let count = read(output, &chunk, chunk.count)
      if count <= 0 {
        guard !buffer.isEmpty else { return nil }
        let line = String(decoding: buffer, as: UTF8.self)
        buffer.removeAll()
        return line
      }
      buffer.append(contentsOf: chunk[..<count])
    }
  }

  /// Closes the child's stdin (it reads end of input).
  mutating func closeInput() {
    if input >= 0 { close(input) }
    input = -1
  }

  /// Waits for the child to end: its exit status and peak resident memory in MB.
  mutating func wait() -> (status: Int32, peakMegabytes: Double) {
    closeInput()
    while readLine() != nil {}
    close(output)
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (exit, Double(usage.ru_maxrss) / 1024)
  }

  /// The path of this executable (to start it again in a child mode), and its folder.
  static var ownExecutable: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
  }
}
