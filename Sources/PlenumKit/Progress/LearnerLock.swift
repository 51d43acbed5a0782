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
enum LearnerLock {
  /// Runs `body` while holding the learner's lock (blocking until it is free).
  static func withLock<T>(
    folder: borrowing ProgressFolders.Handle, io: some FileWriting,
    _ body: () throws(ProgressError) -> T
  ) throws(ProgressError) -> T {
    let path = ProgressFolders.join(folder.path, ".lock")
    let fd = io.open(
      ".lock", in: folder.fd, flags: O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, mode: 0o600)
    if fd < 0 {
      if fd == -ELOOP { throw ProgressError(.symbolicLink(path: path)) }
      throw ProgressError.from(errno: -fd, operation: "open the lock file", path: path)
    }
    defer { close(fd) }  // closing releases the lock
    while flock(fd, LOCK_EX) != 0 {
      if errno != EINTR {
        throw ProgressError.from(errno: errno, operation: "lock", path: path)
      }
    }
    return try body()
  }
}
