#if canImport(Glibc)
  import Glibc
#endif

/// The three system calls that write progress: the seam where tests inject a full disk, a
/// file-size limit or a read-only folder (tests run as root, which ignores permissions).
///
/// Each returns a non-negative result, or a negated errno on failure.
public protocol FileWriting: Sendable {
  /// openat(2): a file descriptor or -errno. `folder` is an open folder's descriptor, or
  /// AT_FDCWD for a path that is absolute or relative to the working directory.
  func open(_ path: String, in folder: Int32, flags: Int32, mode: mode_t) -> Int32
  /// write(2): the number of bytes written or -errno.
  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
  /// fsync(2): 0 or -errno.
  func fsync(_ fd: Int32) -> Int32
}

/// The real system calls, retrying when a signal interrupts them.
public struct SystemFileWriting: FileWriting {
  /// Creates the real writer.
  public init() {}

  public func open(_ path: String, in folder: Int32, flags: Int32, mode: mode_t) -> Int32 {
    while true {
      let fd = openat(folder, path, flags, mode)
      if fd >= 0 { return fd }
      if errno != EINTR { return -errno }
    }
  }

  public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    while true {
      let n = Glibc.write(fd, bytes.baseAddress, bytes.count)
      if n >= 0 { return n }
      if errno != EINTR { return -Int(errno) }
    }
  }

  public func fsync(_ fd: Int32) -> Int32 {
    while true {
      if Glibc.fsync(fd) == 0 { return 0 }
      if errno != EINTR { return -errno }
    }
  }
}

extension FileWriting {
  /// Writes all of `bytes`: one write(2) for the whole buffer, more only after a short write.
  func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(ProgressError) {
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { write(fd, UnsafeRawBufferPointer(rebasing: $0[done...])) }
      if n < 0 { throw ProgressError.from(errno: Int32(-n), operation: "write to", path: path) }
      if n == 0 { throw ProgressError(.system(operation: "write to", path: path, errno: EIO)) }
      done += n
    }
  }

  /// fsync(2), as a typed error.
  func sync(_ fd: Int32, path: String) throws(ProgressError) {
    let r = fsync(fd)
    if r < 0 { throw ProgressError.from(errno: -r, operation: "save (fsync)", path: path) }
  }

  /// Flushes a folder's entries, so a new or renamed file survives a power cut.
  func syncFolder(_ path: String) throws(ProgressError) {
    let fd = open(
      path, in: AT_FDCWD, flags: O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW, mode: 0)
    if fd < 0 { throw ProgressError.from(errno: -fd, operation: "open the folder", path: path) }
    defer { close(fd) }
    try sync(fd, path: path)
  }
}
