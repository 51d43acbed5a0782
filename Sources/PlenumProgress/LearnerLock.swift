#if canImport(Glibc)
  import Glibc
#endif

/// The advisory lock `<learner>/.lock`, held for the few microseconds of one append.
///
/// Why a short lock per append and not one writer per learner: two terminals studying as the
/// same learner on one machine both keep working and every review of both is kept. The log is
/// append-only, so no one ever needs a stable snapshot to rewrite; the lock only makes the
/// "end the previous line if it was cut off, then write this line" step indivisible, and does
/// not rely on O_APPEND being atomic on every file system. Different machines write different
/// files, so the lock never needs to work across a network share.
public enum LearnerLock {
  /// How long to wait for a lock another process holds, and what to say meanwhile.
  public struct Wait: Sendable {
    /// The longest wait before giving up with `ProgressError.Kind.locked`.
    public var timeout: Duration
    /// Called once, with the lock file's path, when the lock is still taken after
    /// `quietWait` (two sessions appending at once wait milliseconds and say nothing).
    public var onWait: @Sendable (String) -> Void
    /// How long to wait before calling `onWait`.
    public var quietWait: Duration

    /// Creates a policy; by default 30 seconds, a word after one second.
    public init(
      timeout: Duration = .seconds(30), quietWait: Duration = .seconds(1),
      onWait: @escaping @Sendable (String) -> Void = { _ in }
    ) {
      self.timeout = timeout
      self.quietWait = quietWait
      self.onWait = onWait
    }
  }

  /// Runs `body` while holding the learner's lock, waiting up to `wait.timeout` for it.
  ///
  /// An append holds the lock for microseconds, so a lock that stays taken means a stopped
  /// (Ctrl-Z) or stuck process; waiting for ever would hang the session with no word.
  static func withLock<T>(
    folder: borrowing ProgressFolders.Handle, io: some FileWriting, wait: Wait = Wait(),
    _ body: () throws(ProgressError) -> T
  ) throws(ProgressError) -> T {
    let path = ProgressFolders.join(folder.path, ".lock")
    let fd = io.open(
      ".lock", in: folder.fd, flags: O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK,
      mode: 0o600)
    if fd < 0 {
      if fd == -ELOOP { throw ProgressError(.symbolicLink(path: path)) }
      throw ProgressError.from(errno: -fd, operation: "open the lock file", path: path)
    }
    defer { close(fd) }  // closing releases the lock
    var started: ContinuousClock.Instant?
    var told = false
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      if code == EINTR { continue }
      guard code == EWOULDBLOCK else {
        throw ProgressError.from(errno: code, operation: "lock", path: path)
      }
      let now = ContinuousClock.now
      let waited = now - (started ?? now)
      if started == nil { started = now }
      if waited >= wait.timeout {
        throw ProgressError(.locked(path: path, seconds: Int(wait.timeout.components.seconds)))
      }
      if !told, waited >= wait.quietWait {
        told = true
        wait.onWait(path)
      }
      var pause = timespec(tv_sec: 0, tv_nsec: 20_000_000)
      nanosleep(&pause, nil)
    }
    return try body()
  }
}
