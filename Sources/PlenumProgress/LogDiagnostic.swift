/// A problem found while reading the review log, reported once with its file and line.
///
/// Nothing the reader finds is ever deleted or rewritten: the line stays in place so a person
/// (or a newer plenum) can still read it.
public struct LogDiagnostic: Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem it is.
  public enum Kind: Hashable, Sendable {
    /// The line ends inside the record: the app stopped while writing it.
    case cutOff
    /// The line is not JSON.
    case notJSON
    /// JSON, but not a complete, valid record.
    case invalidRecord
    /// A record of a newer format version.
    case futureVersion
    /// A record with fields this build does not know; it was still read.
    case unknownFields
    /// The same review id with different content elsewhere; the earlier one was kept.
    case conflictingDuplicate
    /// An undo record whose review is not in the log.
    case undoOfMissingReview
    /// The whole file could not be read.
    case unreadableFile
    /// The line is longer than any record can be (`LogFileReader.chunkSize`).
    case tooLong
    /// Two machines append to one device file (see `SharedDeviceCheck`).
    case sharedDevice
  }

  /// The log file's name within the learner folder, e.g. "reviews-ab12cd34ef56.jsonl".
  public var file: String
  /// The 1-based line number; 0 when the problem concerns the whole file.
  public var line: Int
  /// What kind of problem it is.
  public var kind: Kind
  /// What was found and what was done about it, starting in lower case.
  public var message: String

  /// Creates a diagnostic.
  public init(file: String, line: Int, kind: Kind, message: String) {
    self.file = file
    self.line = line
    self.kind = kind
    self.message = message
  }

  /// True when the record was still read (only unknown fields).
  public var isWarning: Bool { kind == .unknownFields }

  /// "file:line: message", like a compiler.
  public var description: String {
    line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
  }

  static let leftInPlace = "it was skipped and left in place"

  /// The diagnostic for a line that could not be read as a record.
  static func forLine(_ problem: LineProblem, file: String, line: Int) -> LogDiagnostic {
    switch problem {
    case .cutOff:
      return LogDiagnostic(
        file: file, line: line, kind: .cutOff,
        message: "the line is cut off (the app probably stopped while writing it); \(leftInPlace)")
    case .notJSON(let detail):
      return LogDiagnostic(
        file: file, line: line, kind: .notJSON,
        message: "the line is not valid JSON (\(detail)); \(leftInPlace)")
    case .invalidRecord(let detail):
      return LogDiagnostic(
        file: file, line: line, kind: .invalidRecord,
        message: "the line is not a valid review record: \(detail); \(leftInPlace)")
    case .futureVersion(let version):
      return LogDiagnostic(
        file: file, line: line, kind: .futureVersion,
        message: "the record has format version \(version), newer than this plenum reads "
          + "(\(LogEntry.formatVersion)); \(leftInPlace) — update plenum to count it")
    }
  }

  /// The warning for a record read despite fields this build does not know.
  static func unknownFields(_ names: [String], file: String, line: Int) -> LogDiagnostic {
    let list = names.map { "'\($0)'" }.joined(separator: ", ")
    let noun = names.count == 1 ? "an unknown field" : "unknown fields"
    return LogDiagnostic(
      file: file, line: line, kind: .unknownFields,
      message: "the record has \(noun) \(list); the record was read and the "
        + (names.count == 1 ? "field ignored" : "fields ignored"))
  }
}
