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

  /// Starts `path` with `arguments` and `environment`; stderr goes to `stderrPath`, or is
  /// shared with ours when it is nil.
  init?(
    path: String, arguments: [String], environment: [String: String],
    stderrPath: String? = "/dev/null"
  ) {
    var toChild: [Int32] = [0, 0]
    var fromChild: [Int32] = [0, 0]
    guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
    if let stderrPath {
      posix_spawn_file_actions_addopen(
        &actions, 2, stderrPath, O_WRONLY | O_CREAT | O_APPEND, 0o600)
    }
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
      FileHandle.standardError.write(
        Data("plenum-bench: posix_spawn \(path): \(String(cString: strerror(status)))\n".utf8))
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

  /// The child's peak resident memory so far in MB (VmHWM from /proc/<pid>/status), read
  /// while it is still running: wait4's ru_maxrss would also count the memory of this
  /// process, which the spawned child shared until it exec'ed.
  func peakMegabytesSoFar() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return nil }
    return kilobytes / 1024
  }

  /// CPU time (user + system) the child has used so far in ms, from /proc/<pid>/stat
  /// (clock ticks, usually 10 ms each).
  func cpuMillisecondsSoFar() -> Double? {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return nil }
    // Fields after the command name: state is field 3, utime 14, stime 15.
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else {
      return nil
    }
    return (user + system) * 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
  }

  /// Waits for the child to end and returns its exit status.
  @discardableResult
  mutating func wait() -> Int32 { waitWithUsage().status }

  /// Waits for the child to end and returns its exit status and resource usage (CPU times
  /// are the child's own; ru_maxrss may include this process's memory, see above).
  mutating func waitWithUsage() -> (status: Int32, usage: rusage) {
    closeInput()
    while readLine() != nil {}
    close(output)
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (exit, usage)
  }

  /// The built `plenum` next to this executable; nil, after emitting `benchmark`'s error
  /// line, when there is none.
  static func builtPlenum(for benchmark: String) -> String? {
    let plenum = (ownExecutable as NSString).deletingLastPathComponent + "/plenum"
    guard FileManager.default.isExecutableFile(atPath: plenum) else {
      BenchLine(
        name: benchmark,
        error: "no plenum binary next to plenum-bench (\(plenum)); build it first with "
          + "'swift build -c release --product plenum'"
      ).emit()
      return nil
    }
    return plenum
  }

  /// The path of this executable (to start it again in a child mode), and its folder.
  static var ownExecutable: String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
  }
}
