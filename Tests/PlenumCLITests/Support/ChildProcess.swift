import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A failure of the test harness itself (a timeout, a spawn that failed), with a sentence
/// that says what was being waited for.
struct HarnessError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

/// A `plenum` child process with its standard streams on pipes or on a pseudo-terminal.
///
/// Every wait is bounded by a deadline and made of short `poll(2)` slices, so a hung child
/// fails the test instead of blocking CI; nothing here sleeps to let time pass.
final class ChildProcess {
  /// How the child's standard streams are connected.
  enum Streams {
    /// stdin, stdout and stderr are three pipes.
    case pipes
    /// All three are the slave of a new pseudo-terminal of this size; the child is a
    /// session leader with it as controlling terminal.
    case terminal(columns: UInt16, rows: UInt16)
  }

  let pid: pid_t
  /// Everything the child wrote to stdout (for a terminal: to the terminal).
  private(set) var output: [UInt8] = []
  /// Everything the child wrote to stderr (empty for a terminal).
  private(set) var errors: [UInt8] = []
  /// The exit code, or 128 + signal number, once the child has been reaped.
  private(set) var status: Int32?

  private var inputFD: Int32
  private var outputFD: Int32
  private var errorFD: Int32
  /// The parent's handle on the pty slave, held until the child has surely opened its own.
  private var heldSlaveFD: Int32

  private init(pid: pid_t, input: Int32, output: Int32, error: Int32, heldSlave: Int32) {
    self.pid = pid
    inputFD = input
    outputFD = output
    errorFD = error
    heldSlaveFD = heldSlave
  }

  deinit {
    if status == nil {
      Glibc.kill(pid, SIGKILL)
      var raw: Int32 = 0
      _ = waitpid(pid, &raw, 0)
    }
    for fd in [inputFD, outputFD, errorFD, heldSlaveFD] where fd >= 0 { close(fd) }
  }

  /// stdout as text.
  var outputText: String { String(decoding: output, as: UTF8.self) }
  /// stderr as text.
  var errorText: String { String(decoding: errors, as: UTF8.self) }

  /// Starts `executable` with exactly `environment` (nothing inherited) in `directory`.
  static func spawn(
    _ executable: String, _ arguments: [String], environment: [String: String],
    directory: String, streams: Streams
  ) throws -> ChildProcess {
    _ = ignoreBrokenPipes
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }

    // The test runner may block or ignore signals; a child must start with the defaults.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGCHLD, SIGTSTP, SIGTTIN, SIGTTOU] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    var flags = Int32(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)

    var parentEnds: [Int32] = []
    var childEnds: [Int32] = []
    var input: Int32
    var output: Int32
    var error: Int32
    var heldSlave: Int32 = -1
    switch streams {
    case .pipes:
      let stdinPipe = try makePipe()
      let stdoutPipe = try makePipe()
      let stderrPipe = try makePipe()
      posix_spawn_file_actions_adddup2(&actions, stdinPipe.read, 0)
      posix_spawn_file_actions_adddup2(&actions, stdoutPipe.write, 1)
      posix_spawn_file_actions_adddup2(&actions, stderrPipe.write, 2)
      (input, output, error) = (stdinPipe.write, stdoutPipe.read, stderrPipe.read)
      parentEnds = [input, output, error]
      childEnds = [stdinPipe.read, stdoutPipe.write, stderrPipe.write]
    case .terminal(let columns, let rows):
      let (master, slavePath) = try openTerminal(columns: columns, rows: rows)
      // Opened in the child after setsid(), so it becomes the controlling terminal.
      posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
      posix_spawn_file_actions_adddup2(&actions, 0, 1)
      posix_spawn_file_actions_adddup2(&actions, 0, 2)
      flags |= LibC.spawnSetSID
      // Until the child has the slave open, a read of the master could see a hang-up.
      heldSlave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
      (input, output, error) = (master, master, -1)
      parentEnds = [master, heldSlave]
    }
    posix_spawnattr_setflags(&attributes, Int16(flags))
    _ = LibC.addChdir(&actions, directory)

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp =
      environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in argv + envp { free(pointer) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    for fd in childEnds { close(fd) }
    guard result == 0 else {
      for fd in parentEnds where fd >= 0 { close(fd) }
      throw HarnessError("Could not start \(executable): \(String(cString: strerror(result))).")
    }
    return ChildProcess(pid: pid, input: input, output: output, error: error, heldSlave: heldSlave)
  }

  /// Writes `text` to the child's stdin (or types it on the terminal). A child that has
  /// already exited simply does not read it.
  func send(_ text: String) {
    guard inputFD >= 0 else { return }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let n = bytes.withUnsafeBytes { Glibc.write(inputFD, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return  // EPIPE/EIO: the child is gone; its exit status tells the story
      }
      bytes = bytes.dropFirst(n)
    }
  }

  /// Closes stdin so the child reads end of file (pipes only).
  func closeInput() {
    guard inputFD >= 0, inputFD != outputFD else { return }
    close(inputFD)
    inputFD = -1
  }

  /// True once stdout (and stderr) reached end of file.
  var isDrained: Bool { outputFD < 0 && errorFD < 0 }

  /// Reads what the child writes until `condition` holds. Returns false when the output
  /// ended first; throws when `timeout` passes first (after killing the child).
  @discardableResult
  func read(
    until condition: (ChildProcess) -> Bool, timeout: Duration = .seconds(30),
    waitingFor what: @autoclosure () -> String
  ) throws -> Bool {
    let deadline = ContinuousClock.now + timeout
    while !condition(self) {
      if isDrained { return false }
      if ContinuousClock.now >= deadline {
        kill()
        throw HarnessError(
          "Timed out after \(timeout) waiting for \(what()); the child wrote:\n\(outputText)\n"
            + "and on stderr:\n\(errorText)")
      }
      pump(sliceMilliseconds: 50)
    }
    return true
  }

  /// Reads until the child has closed its output, then reaps it; returns its status.
  @discardableResult
  func finish(timeout: Duration = .seconds(30)) throws -> Int32 {
    try read(until: { $0.isDrained }, timeout: timeout, waitingFor: "the child to exit")
    return try reap(timeout: timeout)
  }

  /// Runs several children to the end at once, reading from each in turn so none blocks
  /// on a full pipe; returns their statuses.
  static func finishAll(_ children: [ChildProcess], timeout: Duration = .seconds(60)) throws
    -> [Int32]
  {
    let deadline = ContinuousClock.now + timeout
    while children.contains(where: { !$0.isDrained }) {
      if ContinuousClock.now >= deadline {
        for child in children { child.kill() }
        throw HarnessError(
          "Timed out after \(timeout) waiting for \(children.count) sessions to end.")
      }
      for child in children where !child.isDrained { child.pump(sliceMilliseconds: 10) }
    }
    return try children.map { try $0.reap(timeout: timeout) }
  }

  /// Kills the child with SIGKILL, reads what it had written, and reaps it.
  func kill() {
    guard status == nil else { return }
    Glibc.kill(pid, SIGKILL)
    var raw: Int32 = 0
    while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
    status = Self.decode(raw)
    // Whatever reached the pipe before the kill was printed: read it all.
    closeHeldSlave()
    while !isDrained { pump(sliceMilliseconds: 0, stopOnTimeout: true) }
  }

  // MARK: - Reading

  /// One poll of the open outputs; appends what arrived and closes streams at end of file.
  private func pump(sliceMilliseconds: Int32, stopOnTimeout: Bool = false) {
    var fds: [pollfd] = []
    if outputFD >= 0 { fds.append(pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)) }
    if errorFD >= 0 { fds.append(pollfd(fd: errorFD, events: Int16(POLLIN), revents: 0)) }
    guard !fds.isEmpty else { return }
    let ready = poll(&fds, nfds_t(fds.count), sliceMilliseconds)
    if ready == 0 {
      if stopOnTimeout { closeAll() }
      checkExitedWithoutEOF()
      return
    }
    guard ready > 0 else { return }
    for entry in fds where entry.revents != 0 {
      var buffer = [UInt8](repeating: 0, count: 65536)
      let n = Glibc.read(entry.fd, &buffer, buffer.count)
      if n > 0 {
        if entry.fd == outputFD {
          output += buffer[..<n]
          closeHeldSlave()  // the child has the terminal open: it just wrote to it
        } else {
          errors += buffer[..<n]
        }
      } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
        // 0 is end of file on a pipe; EIO is the terminal's hang-up once the child is gone.
        if entry.fd == outputFD { closeOutput() } else { closeError() }
      }
    }
  }

  /// A terminal child that exits before writing anything leaves our slave handle as the only
  /// one: no hang-up comes, so notice the exit directly.
  private func checkExitedWithoutEOF() {
    guard heldSlaveFD >= 0, status == nil else { return }
    var raw: Int32 = 0
    if waitpid(pid, &raw, WNOHANG) == pid {
      status = Self.decode(raw)
      closeHeldSlave()
    }
  }

  private func closeHeldSlave() {
    if heldSlaveFD >= 0 {
      close(heldSlaveFD)
      heldSlaveFD = -1
    }
  }

  private func closeOutput() {
    if outputFD == inputFD { inputFD = -1 }
    close(outputFD)
    outputFD = -1
  }

  private func closeError() {
    close(errorFD)
    errorFD = -1
  }

  private func closeAll() {
    if outputFD >= 0 { closeOutput() }
    if errorFD >= 0 { closeError() }
  }

  // MARK: - Exit status

  private func reap(timeout: Duration) throws -> Int32 {
    if let status { return status }
    let deadline = ContinuousClock.now + timeout
    while true {
      var raw: Int32 = 0
      let r = waitpid(pid, &raw, WNOHANG)
      if r == pid {
        status = Self.decode(raw)
        return status!
      }
      if r < 0 && errno != EINTR {
        throw HarnessError("waitpid failed: \(String(cString: strerror(errno))).")
      }
      if ContinuousClock.now >= deadline {
        kill()
        throw HarnessError(
          "Timed out after \(timeout) waiting for the child to exit after closing its output.")
      }
      _ = poll(nil, 0, 10)
    }
  }

  /// WIFEXITED/WEXITSTATUS/WTERMSIG are C macros; this is their arithmetic.
  private static func decode(_ raw: Int32) -> Int32 {
    raw & 0x7F == 0 ? (raw >> 8) & 0xFF : 128 + (raw & 0x7F)
  }

  /// Writing to a child that died must fail with EPIPE, not kill the test runner.
  private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()
}
