import Foundation

/// The learner's readline history, `<learner>/history`, opened once without following a
/// link and only when it is a regular file.
///
/// readline's own `read_history`/`append_history` open the path each time and follow a
/// symbolic link, so a link planted in a shared folder would make plenum read and append to
/// any file; a FIFO there would block the session before its first question. So the file is
/// opened here with O_NOFOLLOW and O_NONBLOCK, checked with fstat, and read and appended
/// through that one descriptor; readline only keeps the lines in memory.
final class HistoryFile {
  /// The lines kept and read back (readline's `stifle_history` limit).
  static let maximumLines = 1000
  /// How much of the end of the file is read at start: far more than 1000 short answers.
  static let maximumReadBytes = 1 << 20

  let path: String
  private let fd: Int32

  private init(path: String, fd: Int32) {
    self.path = path
    self.fd = fd
  }

  deinit { close(fd) }

  /// The history file opened, or a sentence saying why it is not used.
  enum Opening {
    case opened(HistoryFile)
    case refused(ConsoleText)
  }

  /// Opens (creating 0600) the history file, or says in a sentence why it is not used.
  static func open(_ path: String) -> Opening {
    let fd = Glibc.open(
      path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
    if fd < 0 {
      let code = errno
      let reason =
        code == ELOOP
        ? "it is a symbolic link, which plenum does not follow in the progress folder"
        : String(cString: strerror(code))
      return .refused(unused(path, reason))
    }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      close(fd)
      return .refused(unused(path, "it is not a regular file (a FIFO, device or socket)"))
    }
    return .opened(HistoryFile(path: path, fd: fd))
  }

  private static func unused(_ path: String, _ reason: String) -> ConsoleText {
    "\(path) is not used for line history: \(reason). "
      + "Move it away to keep a history; studying works without one."
  }

  /// The last lines of the file (at most `maximumLines`), oldest first.
  func lines() -> [String] {
    var info = stat()
    guard fstat(fd, &info) == 0 else { return [] }
    let size = Int(info.st_size)
    let start = max(0, size - Self.maximumReadBytes)
    var buffer = [UInt8](repeating: 0, count: size - start)
    var done = 0
    while done < buffer.count {
      let n = buffer.withUnsafeMutableBytes {
        pread(fd, $0.baseAddress! + done, $0.count - done, off_t(start + done))
      }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { break }
      done += n
    }
    var parts = buffer[..<done].split(separator: 0x0A, omittingEmptySubsequences: true)
    // A read that starts mid-file starts mid-line: drop that partial first line.
    if start > 0, !parts.isEmpty { parts.removeFirst() }
    return parts.suffix(Self.maximumLines).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Appends one line (its own newlines become spaces, so it stays one entry).
  func append(_ line: String) {
    let bytes = Array(line.utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }) + [0x0A]
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, $0.count - done) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return }  // history is a convenience: a full disk must not stop studying
      done += n
    }
  }
}
