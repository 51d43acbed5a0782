#if canImport(Glibc)
  import Glibc
#endif

/// A learner's append-only review log: `<root>/<learner>/reviews-<device>.jsonl`, one file
/// per device, read as the union of all of them.
///
/// ```
/// <root>/                         ProgressLocation.resolve
///   <learner>/                    0700; name checked by LearnerName
///     reviews-<device>.jsonl      0600; one per device, append-only JSON Lines
///     settings.json               0600; LearnerSettings, replaced atomically
///     .lock                       0600; flock held during each append
/// ```
/// The device id comes from the installation, not the folder (`DeviceIdentity`).
///
/// Readers take every `reviews-*.jsonl` (sync-conflict copies included), order by time then
/// id, keep one record per id, and leave out undone reviews. Problems are reported as
/// `LogDiagnostic`s with file and line; no line is ever deleted or rewritten.
///
/// Each append is one write(2) of the whole line to this device's file (O_APPEND), then
/// fsync, under the learner's `.lock` (see `LearnerLock` for why a lock and not a single
/// writer). A line that a crash cut off is never rewritten: the next append first ends it
/// with "\n" so the new record stands on its own line, and readers report and skip it.
public final class ReviewLog {
  /// The learner's folder.
  public let folder: String
  /// The validated learner name.
  public let learner: String
  /// This installation's device id.
  public let deviceID: String
  private let io: any FileWriting
  private var parser = LogLineParser()
  private var positions: [String: LogFileReader.Position] = [:]
  /// Ids already read or written, so `readNew` returns each entry once. After `readAll` the
  /// set is built only when another process or device has appended something: building a
  /// million-id set at every start would delay the first question for nothing.
  private var seen = Set<ReviewID>()
  private var unseenSource: LogReading?
  private var reported = Set<LogDiagnostic>()

  /// The name of the file this device appends to.
  public var fileName: String { Self.fileName(deviceID: deviceID) }

  /// The name of the file device `deviceID` appends to: `reviews-<device>.jsonl`.
  public static func fileName(deviceID: String) -> String { "reviews-\(deviceID).jsonl" }

  /// Whether a file of a learner's folder is a review log (`reviews-<device>.jsonl`, with a
  /// device name), and so is read as part of the union.
  public static func isLogFileName(_ name: String) -> Bool {
    name.hasPrefix("reviews-") && name.hasSuffix(".jsonl") && name.utf8.count > 14
  }
  /// The full path of the file this device appends to.
  public var path: String { ProgressFolders.join(folder, fileName) }

  /// How long an append waits for the learner's lock held by another process, and what to
  /// tell the learner while it waits (see `LearnerLock`).
  public var lockWait = LearnerLock.Wait()

  /// Opens (creating if needed) the learner's folder under `root`; this installation appends
  /// to `reviews-<deviceID>.jsonl` (see `DeviceIdentity.installationID`).
  public init(
    root: String, learner: String, deviceID: String, io: any FileWriting = SystemFileWriting()
  ) throws(ProgressError) {
    let learner = try LearnerName.validate(learner)
    self.learner = learner
    guard DeviceIdentity.isSafeName(deviceID) else {
      throw ProgressError(.invalidDeviceID(deviceID))
    }
    self.folder = try Self.createFolder(root: root, learner: learner)
    self.io = io
    self.deviceID = deviceID
  }

  /// Creates (0700) or checks the root and the learner's folder, refusing links inside the
  /// root; returns the learner's folder. Safe to call before the device id is known, so a
  /// refused folder leaves nothing else written.
  @discardableResult
  public static func createFolder(root: String, learner: String) throws(ProgressError) -> String {
    let learner = try LearnerName.validate(learner)
    try ProgressFolders.ensureFolder(root, refuseLinks: false)
    let folder = ProgressFolders.join(root, learner)
    try ProgressFolders.ensureFolder(folder)
    ProgressFolders.makePrivate(folder)
    return folder
  }

  /// Appends a review and makes it durable before returning.
  public func append(_ review: ReviewRecord) throws(ProgressError) {
    try append(.review(review))
  }

  /// Appends an undo record for `reviewID` and returns it.
  @discardableResult
  public func undo(reviewID: ReviewID, id: ReviewID, at: Int64) throws(ProgressError) -> UndoRecord
  {
    let record = UndoRecord(id: id, undo: reviewID, at: at)
    try append(.undo(record))
    return record
  }

  /// Appends any entry: one write of the whole line, fsync, and fsync of the folder when the
  /// file is new.
  public func append(_ entry: LogEntry) throws(ProgressError) {
    guard LogTimestamp.isRepresentable(entry.at) else {
      throw ProgressError(.unrepresentableTime(epochMilliseconds: entry.at))
    }
    var line = LogLineEncoder.line(for: entry)
    let (path, name, io) = (self.path, fileName, self.io)
    let folder = try ProgressFolders.Handle(self.folder)
    try LearnerLock.withLock(folder: folder, io: io, wait: lockWait) { () throws(ProgressError) in
      let (fd, created) = try ProgressFolders.openForAppend(name, in: folder, using: io)
      defer { close(fd) }
      if !created, !Self.endsWithNewline(fd) { line.insert(0x0A, at: 0) }
      try io.writeAll(fd, line, path: path)
      try io.sync(fd, path: path)
      if created { try io.sync(folder.fd, path: folder.path) }
    }
    seen.insert(entry.id)
  }

  private static func endsWithNewline(_ fd: Int32) -> Bool {
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_size > 0 else { return true }
    var last: UInt8 = 0
    return pread(fd, &last, 1, info.st_size - 1) == 1 ? last == 0x0A : true
  }

  /// Reads every log file of the learner: the union, and all problems found.
  /// Later `readNew` calls return only what was appended after this.
  public func readAll() -> LogReading {
    var (batch, names, ends) = Self.readFiles(folder: folder, parser: &parser)
    positions = ends
    // Sized once: growing a million-id set by doubling costs more than filling it.
    let reading = LogUnion.merge(&batch, fileNames: names)
    seen = []
    unseenSource = reading
    reported.formUnion(reading.diagnostics)
    return reading
  }

  /// Entries appended (by any process or device file) since the last read, ordered by time
  /// then id, without ids already seen, with problems not reported before.
  public func readNew() -> (entries: [LogEntry], diagnostics: [LogDiagnostic]) {
    let names = Self.logFileNames(in: folder)
    var batch = LogBatch()
    for (index, name) in names.enumerated() {
      let start = positions[name] ?? LogFileReader.Position()
      positions[name] = LogFileReader.read(
        path: ProgressFolders.join(folder, name), name: name, fileIndex: Int32(index),
        from: start, readTail: false, parser: &parser, into: &batch)
    }
    var fresh = batch.reviews.map(LogEntry.review) + batch.undos.map(LogEntry.undo)
    if !fresh.isEmpty { buildSeen() }
    fresh.removeAll { !seen.insert($0.id).inserted }
    fresh.sort { ($0.at, $0.id) < ($1.at, $1.id) }
    let diagnostics = batch.diagnostics.filter { reported.insert($0).inserted }
    return (fresh, diagnostics)
  }

  /// Adds the ids of the last full read to `seen`: every review that counts, and every undo
  /// with the review it took back (undone and duplicate reviews share those ids).
  private func buildSeen() {
    guard let reading = unseenSource else { return }
    unseenSource = nil
    seen.reserveCapacity(seen.count + reading.reviews.count + 2 * reading.undos.count)
    for review in reading.reviews { seen.insert(review.id) }
    for undo in reading.undos {
      seen.insert(undo.id)
      seen.insert(undo.undo)
    }
  }

  /// Every problem in the learner's log files, for `plenum doctor`.
  public func check() -> [LogDiagnostic] {
    Self.read(learnerFolder: folder).diagnostics
  }

  /// Reads a learner folder without opening it for writing (reports, doctor, other learners).
  public static func read(learnerFolder: String) -> LogReading {
    var parser = LogLineParser()
    var (batch, names, _) = readFiles(folder: learnerFolder, parser: &parser)
    return LogUnion.merge(&batch, fileNames: names)
  }

  private static func readFiles(folder: String, parser: inout LogLineParser) -> (
    batch: LogBatch, names: [String], ends: [String: LogFileReader.Position]
  ) {
    let names = logFileNames(in: folder)
    var batch = LogBatch()
    var ends: [String: LogFileReader.Position] = [:]
    var total: Int64 = 0
    for name in names {
      var info = stat()
      if stat(ProgressFolders.join(folder, name), &info) == 0 { total += Int64(info.st_size) }
    }
    batch.reserve(forBytes: total)
    for (index, name) in names.enumerated() {
      ends[name] = LogFileReader.read(
        path: ProgressFolders.join(folder, name), name: name, fileIndex: Int32(index),
        from: LogFileReader.Position(), readTail: true, parser: &parser, into: &batch)
    }
    return (batch, names, ends)
  }

  /// The `reviews-*.jsonl` files of a folder, sorted by name (byte order).
  public static func logFileNames(in folder: String) -> [String] {
    guard let dir = opendir(folder) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let item = readdir(dir) {
      let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if isLogFileName(name) { names.append(name) }
    }
    return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
