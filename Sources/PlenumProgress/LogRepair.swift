#if canImport(Glibc)
  import Glibc
#endif

/// `plenum doctor --repair`: moves the lines no plenum can read out of the log, into a side
/// file next to it, so a torn line stops being reported for ever. Nothing is deleted.
///
/// Moved: lines cut off, not JSON, not a valid record, or too long to be one. Kept: records of a newer format
/// (a newer plenum reads them), records with unknown fields, duplicates and undos of missing
/// reviews (all readable). The bad lines are appended to `<log file>.bad` (0600; never read
/// as a log, since it does not end in `.jsonl`) and synced before the log is replaced
/// atomically without them, all under the learner's lock; a crash in between leaves the
/// lines in both places, never in neither.
public enum LogRepair {
  /// What was moved out of one log file.
  public struct Moved: Hashable, Sendable {
    /// The log file's name.
    public var file: String
    /// The side file's name.
    public var sideFile: String
    /// The 1-based numbers of the lines moved.
    public var lines: [Int]
  }

  /// The kinds of problem whose line is moved.
  static let movedKinds: Set<LogDiagnostic.Kind> = [.cutOff, .notJSON, .invalidRecord, .tooLong]

  /// True when `--repair` would move the line `diagnostic` reports.
  public static func moves(_ diagnostic: LogDiagnostic) -> Bool {
    movedKinds.contains(diagnostic.kind) && diagnostic.line > 0
  }

  /// Moves the unreadable lines of every log file of `learnerFolder`.
  public static func repair(
    learnerFolder: String, io: some FileWriting = SystemFileWriting(),
    wait: LearnerLock.Wait = LearnerLock.Wait()
  ) throws(ProgressError) -> [Moved] {
    let folder = try ProgressFolders.Handle(learnerFolder)
    return try LearnerLock.withLock(folder: folder, io: io, wait: wait) {
      () throws(ProgressError) -> [Moved] in
      // Read under the lock, so no append lands between finding the lines and moving them.
      let diagnostics = ReviewLog.read(learnerFolder: learnerFolder).diagnostics
      var badLines: [String: Set<Int>] = [:]
      for diagnostic in diagnostics
      where movedKinds.contains(diagnostic.kind) && diagnostic.line > 0 {
        badLines[diagnostic.file, default: []].insert(diagnostic.line)
      }
      var moved: [Moved] = []
      for (file, lines) in badLines.sorted(by: { $0.key < $1.key }) {
        moved.append(try move(lines, of: file, in: folder, io: io))
      }
      return moved
    }
  }

  private static func move(
    _ numbers: Set<Int>, of file: String, in folder: borrowing ProgressFolders.Handle,
    io: some FileWriting
  ) throws(ProgressError) -> Moved {
    let path = ProgressFolders.join(folder.path, file)
    let bytes = try readAll(path)
    var kept: [UInt8] = []
    var bad: [UInt8] = []
    kept.reserveCapacity(bytes.count)
    var number = 0
    var start = 0
    while start < bytes.count {
      let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
      number += 1
      let line = bytes[start..<end]
      if numbers.contains(number) {
        bad += line
        bad.append(0x0A)
      } else {
        kept += line
        if end < bytes.count { kept.append(0x0A) }
      }
      start = end + 1
    }
    let side = file + ".bad"
    let sidePath = ProgressFolders.join(folder.path, side)
    let fd = io.open(
      side, in: folder.fd, flags: O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
      mode: 0o600)
    if fd < 0 { throw ProgressError.from(errno: -fd, operation: "open", path: sidePath) }
    do {
      defer { close(fd) }
      try io.writeAll(fd, bad, path: sidePath)
      try io.sync(fd, path: sidePath)
    }
    try AtomicFile.write(kept, to: path, io: io)
    return Moved(file: file, sideFile: side, lines: numbers.sorted())
  }

  private static func readAll(_ path: String) throws(ProgressError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    if fd < 0 { throw ProgressError.from(errno: errno, operation: "open", path: path) }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let n = read(fd, &chunk, chunk.count)
      if n < 0 {
        if errno == EINTR { continue }
        throw ProgressError.from(errno: errno, operation: "read", path: path)
      }
      if n == 0 { return bytes }
      bytes += chunk[..<n]
    }
  }
}
