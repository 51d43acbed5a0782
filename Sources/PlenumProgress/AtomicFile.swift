#if canImport(Glibc)
  import Glibc
#endif

/// Replaces a small file all at once: temp file (0600, same folder), write, fsync, rename,
/// fsync the folder. A reader sees the old content or the new, never a mixture, even after a
/// power cut.
enum AtomicFile {
  static func write(_ bytes: [UInt8], to path: String, io: some FileWriting) throws(ProgressError) {
    let folder = ProgressFolders.parentFolder(of: path)
    if ProgressFolders.entry(at: path) == .link { throw ProgressError(.symbolicLink(path: path)) }
    var temp = ""
    var fd: Int32 = -1
    for attempt in 0..<100 {
      temp = "\(path).tmp-\(getpid())-\(attempt)"
      fd = io.open(
        temp, in: AT_FDCWD, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode: 0o600
      )
      if fd != -EEXIST { break }
    }
    if fd < 0 { throw ProgressError.from(errno: -fd, operation: "create", path: temp) }
    do throws(ProgressError) {
      defer { close(fd) }
      try io.writeAll(fd, bytes, path: temp)
      try io.sync(fd, path: temp)
    } catch {
      unlink(temp)
      throw error
    }
    if rename(temp, path) != 0 {
      let code = errno
      unlink(temp)
      throw ProgressError.from(errno: code, operation: "replace", path: path)
    }
    try io.syncFolder(folder.isEmpty ? "." : folder)
  }

  /// Creates `path` with `bytes` only if nothing is there: written and synced under a
  /// temporary name, then hard-linked into place (link(2) never replaces). Returns false
  /// when something already exists at `path`.
  static func create(_ bytes: [UInt8], at path: String, io: some FileWriting) throws(ProgressError)
    -> Bool
  {
    let folder = ProgressFolders.parentFolder(of: path)
    let temp = "\(path).new-\(getpid())"
    unlink(temp)
    let fd = io.open(
      temp, in: AT_FDCWD, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode: 0o600)
    if fd < 0 { throw ProgressError.from(errno: -fd, operation: "create", path: temp) }
    defer { unlink(temp) }
    do {
      defer { close(fd) }
      try io.writeAll(fd, bytes, path: temp)
      try io.sync(fd, path: temp)
    }
    if link(temp, path) != 0 {
      let code = errno
      if code == EEXIST { return false }
      throw ProgressError.from(errno: code, operation: "create", path: path)
    }
    try io.syncFolder(folder.isEmpty ? "." : folder)
    return true
  }
}
