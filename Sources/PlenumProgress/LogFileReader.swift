#if canImport(Glibc)
  import Glibc
#endif

/// Entries read from log files, with where each came from, in file order.
struct LogBatch {
  /// Where an entry was read: index into the reader's file names, and 1-based line.
  struct Origin: Hashable {
    var file: Int32
    var line: Int32
  }

  var reviews: [ReviewRecord] = []
  var reviewOrigins: [Origin] = []
  var undos: [UndoRecord] = []
  var undoOrigins: [Origin] = []
  var diagnostics: [LogDiagnostic] = []

  /// Makes room for about `bytes / 64` records: an over-estimate costs no memory, since
  /// pages never written are never touched, while growing by doubling would copy them all.
  /// Grows only when short: a full read reserves for all its files at once, so the later
  /// files do not copy the records of the earlier ones into a bigger buffer.
  mutating func reserve(forBytes bytes: Int64) {
    let wanted = reviews.count + Int(max(bytes, 0) / 64)
    guard reviews.capacity < wanted else { return }
    reviews.reserveCapacity(wanted)
    reviewOrigins.reserveCapacity(wanted)
  }
}

/// Reads the complete lines of one log file from a byte offset, in 4 MB chunks, so a 150 MB
/// file never sits in memory whole; a line longer than a chunk is reported and skipped.
struct LogFileReader {
  /// How far a file has been read: the byte after the last complete line, and lines so far.
  struct Position: Hashable, Sendable {
    var offset: Int64 = 0
    var lines: Int = 0
  }

  static let chunkSize = 4 << 20

  /// Reads `path` from `position`, appending to `batch`; returns the new position.
  ///
  /// A last line without "\n" is read only when `readTail` is set (a full read, which
  /// reports it if it is cut off); an incremental reader leaves it, as another process may
  /// still be writing it, and the position stays before it.
  static func read(
    path: String, name: String, fileIndex: Int32, from position: Position, readTail: Bool,
    parser: inout LogLineParser, into batch: inout LogBatch
  ) -> Position {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    if fd < 0 {
      let code = errno
      let reason =
        code == ELOOP
        ? "it is a symbolic link, which plenum does not follow"
        : String(cString: strerror(code))
      batch.diagnostics.append(
        LogDiagnostic(
          file: name, line: 0, kind: .unreadableFile,
          message: "the file could not be read (\(reason)); its reviews are not counted"))
      return position
    }
    defer { close(fd) }
    var info = stat()
    var position = position
    if fstat(fd, &info) == 0 {
      // Shorter than what was read before: a sync tool replaced the file. Read it again
      // from the start; ids already seen are dropped by the caller.
      if Int64(info.st_size) < position.offset { position = Position() }
      batch.reserve(forBytes: Int64(info.st_size) - position.offset)
    }
    // One fixed buffer: a line that does not fit in it is far longer than any record (an
    // answer is stored at most 500 characters), so it is skipped, not accumulated. Each byte
    // is searched for a newline once, so even a huge line costs linear time.
    var buffer = [UInt8](repeating: 0, count: chunkSize)
    var filled = 0
    var searched = 0
    var fileOffset = position.offset
    var done = position
    var atEnd = false
    var skipping = false
    var discarded: Int64 = 0
    func reportTooLong(line: Int, bytes: Int64) {
      batch.diagnostics.append(
        LogDiagnostic(
          file: name, line: line, kind: .tooLong,
          message: "the line is \(bytes) bytes, longer than the \(chunkSize >> 20) MiB a record "
            + "can be; \(LogDiagnostic.leftInPlace)"))
    }
    while !atEnd {
      let n = buffer.withUnsafeMutableBytes {
        pread(fd, $0.baseAddress! + filled, $0.count - filled, off_t(fileOffset))
      }
      if n < 0 {
        if errno == EINTR { continue }
        batch.diagnostics.append(
          LogDiagnostic(
            file: name, line: done.lines + 1, kind: .unreadableFile,
            message: "reading stopped here (\(String(cString: strerror(errno)))); "
              + "the rest of the file is not counted"))
        return done
      }
      atEnd = n == 0
      fileOffset += Int64(n)
      filled += n
      let consumed = buffer.withUnsafeBufferPointer { all -> Int in
        var start = 0
        let base = all.baseAddress!
        while searched < filled, let newline = memchr(base + searched, 0x0A, filled - searched) {
          let end = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
          done.lines += 1
          if skipping {
            reportTooLong(line: done.lines, bytes: discarded + Int64(end))
            skipping = false
          } else {
            parseLine(
              UnsafeBufferPointer(rebasing: all[start..<end]), name: name, fileIndex: fileIndex,
              line: done.lines, parser: &parser, into: &batch)
          }
          done.offset += Int64(end + 1 - start) + discarded
          discarded = 0
          start = end + 1
          searched = start
        }
        searched = filled
        if atEnd && readTail && (start < filled || skipping) {
          if skipping {
            reportTooLong(line: done.lines + 1, bytes: discarded + Int64(filled - start))
          } else {
            parseLine(
              UnsafeBufferPointer(rebasing: all[start..<filled]), name: name,
              fileIndex: fileIndex, line: done.lines + 1, parser: &parser, into: &batch)
          }
        }
        return start
      }
      if consumed > 0 {
        buffer.withUnsafeMutableBytes {
          _ = memmove($0.baseAddress!, $0.baseAddress! + consumed, filled - consumed)
        }
        filled -= consumed
        searched -= consumed
      }
      if filled == buffer.count {
        // A whole buffer without a newline: drop it and look for the end of this line.
        skipping = true
        discarded += Int64(filled)
        filled = 0
        searched = 0
      }
    }
    return done
  }

  private static func parseLine(
    _ line: UnsafeBufferPointer<UInt8>, name: String, fileIndex: Int32, line number: Int,
    parser: inout LogLineParser, into batch: inout LogBatch
  ) {
    // Blank lines are harmless (an editor may add one); say nothing.
    if line.isEmpty || line[0] != UInt8(ascii: "{"),
      line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D })
    {
      return
    }
    switch parser.parse(line) {
    case .success(let parsed):
      let origin = LogBatch.Origin(file: fileIndex, line: Int32(clamping: number))
      if !parsed.unknownFields.isEmpty {
        batch.diagnostics.append(
          .unknownFields(parsed.unknownFields, file: name, line: number))
      }
      // The entry's last use: moved into the batch, not copied (no retain of its strings).
      switch (consume parsed).entry {
      case .review(let review):
        batch.reviews.append(review)
        batch.reviewOrigins.append(origin)
      case .undo(let undo):
        batch.undos.append(undo)
        batch.undoOrigins.append(origin)
      }
    case .failure(let problem):
      batch.diagnostics.append(.forLine(problem, file: name, line: number))
    }
  }
}
