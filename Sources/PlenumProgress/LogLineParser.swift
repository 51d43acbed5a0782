import Foundation
import PlenumScheduling

/// A strict byte-level reader for one log line: a flat JSON object of known fields.
///
/// Foundation's JSONDecoder reads about 30 MB/s; a class log is 150 MB, so the loader parses
/// the bytes itself. Full JSON grammar (escapes, \u surrogate pairs, numbers, nested values in
/// unknown fields) is accepted; anything else is a `LineProblem`, never a guess.
struct LogLineParser {
  /// Card, deck and form ids: a few thousand distinct ones, each repeated many times.
  var cache = StringCache()
  /// Answers: mostly option letters, "true"/"false" and the same few hundred option texts.
  var answers = StringCache()

  fileprivate struct Fields {
    var version: Int64?
    var id: ReviewID?
    var card: String?
    var deck: String?
    var at: Int64?
    var rating: Int64?
    var form: String?
    var answer: String?
    var verdict: Verdict?
    var ms: Int64?
    var undo: ReviewID?
    var unknown: [String] = []
    var problem: String?
  }

  /// Parses one line (without its newline).
  mutating func parse(_ line: UnsafeBufferPointer<UInt8>) -> Result<ParsedLine, LineProblem> {
    var scanner = JSONScanner(line)
    var fields = Fields()
    do {
      try scanner.expectObjectStart()
      var first = true
      while try scanner.nextMember(first: first) {
        first = false
        let key = try scanner.key()
        try readValue(for: key, into: &fields, &scanner)
      }
      try scanner.expectEnd()
    } catch {
      return .failure(error)
    }
    return finish(consume fields)
  }

  private mutating func readValue(
    for key: JSONScanner.Key, into f: inout Fields, _ s: inout JSONScanner
  ) throws(LineProblem) {
    switch key {
    case .known(let name):
      if f.seen(name) { throw .invalidRecord("the field '\(name.rawValue)' appears twice") }
      switch name {
      case .v: f.version = try integer(name, &s, &f)
      case .rating: f.rating = try integer(name, &s, &f)
      case .ms: f.ms = try integer(name, &s, &f)
      case .id: f.id = try id(name, &s, &f)
      case .undo: f.undo = try id(name, &s, &f)
      case .card: f.card = try text(name, &s, &f, pool: .names)
      case .deck: f.deck = try text(name, &s, &f, pool: .names)
      case .form: f.form = try text(name, &s, &f, pool: .names)
      case .answer: f.answer = try text(name, &s, &f, pool: .answers)
      case .verdict:
        guard let word = try stringValue(name, &s, &f) else { return }
        let verdict = word.withBytes { Self.verdict($0) }
        guard let verdict else {
          f.note("the field 'verdict' must be correct, close, wrong or skipped, not '\(word.text)'")
          return
        }
        f.verdict = verdict
      case .at:
        guard let stamp = try stringValue(name, &s, &f) else { return }
        guard let at = stamp.withBytes({ LogTimestamp.parse($0) }) else {
          f.note(
            "the field 'at' must be a UTC time like 2026-11-23T13:08:43.123Z, not '\(stamp.text)'")
          return
        }
        f.at = at
      }
    case .other(let name):
      f.unknown.append(name)
      try s.skipValue(depth: 0)
    }
  }

  /// A string value as raw bytes when it has no escapes (the usual case), else decoded.
  private enum StringValue {
    case raw(UnsafeBufferPointer<UInt8>)
    case decoded(String)

    func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
      switch self {
      case .raw(let bytes): return body(bytes)
      case .decoded(let text):
        var copy = text
        return copy.withUTF8(body)
      }
    }

    var text: String {
      switch self {
      case .raw(let bytes): String(decoding: bytes, as: UTF8.self)
      case .decoded(let text): text
      }
    }
  }

  private func stringValue(
    _ name: JSONScanner.Field, _ s: inout JSONScanner, _ f: inout Fields
  ) throws(LineProblem) -> StringValue? {
    guard s.peekIsString else {
      f.note("the field '\(name.rawValue)' must be a string")
      try s.skipValue(depth: 0)
      return nil
    }
    if let raw = try s.rawString() { return .raw(raw) }
    return .decoded(try s.escapedString())
  }

  private static func verdict(_ raw: UnsafeBufferPointer<UInt8>) -> Verdict? {
    func equals(_ word: StaticString) -> Bool {
      word.utf8CodeUnitCount == raw.count
        && memcmp(word.utf8Start, raw.baseAddress!, raw.count) == 0
    }
    if equals("correct") { return .correct }
    if equals("wrong") { return .wrong }
    if equals("close") { return .close }
    if equals("skipped") { return .skipped }
    return nil
  }

  private func integer(
    _ name: JSONScanner.Field, _ s: inout JSONScanner, _ f: inout Fields
  ) throws(LineProblem) -> Int64? {
    switch try s.number() {
    case .integer(let value): return value
    case .otherNumber: break
    case .notANumber: try s.skipValue(depth: 0)
    }
    f.note("the field '\(name.rawValue)' must be a whole number")
    return nil
  }

  /// Which `StringCache` shares a field's strings.
  private enum Pool {
    case names, answers, none
  }

  private mutating func text(
    _ name: JSONScanner.Field, _ s: inout JSONScanner, _ f: inout Fields, pool: Pool
  ) throws(LineProblem) -> String? {
    guard s.peekIsString else {
      f.note("the field '\(name.rawValue)' must be a string")
      try s.skipValue(depth: 0)
      return nil
    }
    if let raw = try s.rawString() {
      // Up to 15 bytes a String is stored inline, with no heap to share.
      if raw.count > 15 {
        let isASCII = s.lastStringWasASCII
        switch pool {
        case .names: if let shared = cache.string(raw, isASCII: isASCII) { return shared }
        case .answers: if let shared = answers.string(raw, isASCII: isASCII) { return shared }
        case .none: break
        }
      }
      guard let made = makeString(raw, isASCII: s.lastStringWasASCII) else {
        throw .notJSON("the text of '\(name.rawValue)' is not valid UTF-8")
      }
      return made
    }
    return try s.escapedString()
  }

  private mutating func id(
    _ name: JSONScanner.Field, _ s: inout JSONScanner, _ f: inout Fields
  ) throws(LineProblem) -> ReviewID? {
    if s.peekIsString, let raw = try s.rawString() {
      if let hex = ReviewID.hex(from: raw) { return ReviewID(storage: hex) }
      guard let made = makeString(raw, isASCII: s.lastStringWasASCII) else {
        throw .notJSON("the text of '\(name.rawValue)' is not valid UTF-8")
      }
      return try nonEmpty(ReviewID(made), name, &f)
    }
    guard let text = try text(name, &s, &f, pool: .none) else { return nil }
    return try nonEmpty(ReviewID(text), name, &f)
  }

  private func nonEmpty(
    _ id: ReviewID, _ name: JSONScanner.Field, _ f: inout Fields
  ) throws(LineProblem) -> ReviewID? {
    if id.description.isEmpty {
      f.note("the field '\(name.rawValue)' must not be empty")
      return nil
    }
    return id
  }

  private func finish(_ f: consuming Fields) -> Result<ParsedLine, LineProblem> {
    guard let version = f.version else {
      return .failure(.invalidRecord(f.problem ?? "the field 'v' (format version) is missing"))
    }
    if version > Int64(LogEntry.formatVersion) { return .failure(.futureVersion(version)) }
    if version < 1 {
      return .failure(.invalidRecord("the format version 'v' must be 1, not \(version)"))
    }
    if let problem = f.problem { return .failure(.invalidRecord(problem)) }
    func missing(_ name: String) -> Result<ParsedLine, LineProblem> {
      .failure(.invalidRecord("the field '\(name)' is missing"))
    }
    // Taken, not copied, out of the fields (each copy would retain a string, and the end of
    // `f` release it again: a million lines make that measurable).
    guard let id = f.id.take() else { return missing("id") }
    guard let at = f.at else { return missing("at") }
    if let undo = f.undo {
      let entry = LogEntry.undo(UndoRecord(id: id, undo: undo, at: at))
      return .success(ParsedLine(entry: entry, unknownFields: f.unknown + f.reviewFieldsPresent))
    }
    guard let card = f.card.take() else { return missing("card") }
    guard let deck = f.deck.take() else { return missing("deck") }
    guard let ratingValue = f.rating else { return missing("rating") }
    guard let form = f.form.take() else { return missing("form") }
    guard let answer = f.answer.take() else { return missing("answer") }
    guard let verdict = f.verdict else { return missing("verdict") }
    guard let ms = f.ms else { return missing("ms") }
    guard let rating = Rating(rawValue: Int(ratingValue)) else {
      return .failure(.invalidRecord("the field 'rating' must be 1, 2, 3 or 4, not \(ratingValue)"))
    }
    guard ms >= 0 else {
      return .failure(.invalidRecord("the field 'ms' must not be negative (it is \(ms))"))
    }
    let record = ReviewRecord(
      id: id, card: card, deck: deck, at: at, rating: rating, form: ReviewForm(rawValue: form),
      answer: answer,
      verdict: verdict, ms: Int(ms))
    return .success(ParsedLine(entry: .review(record), unknownFields: f.unknown))
  }
}

extension LogLineParser.Fields {
  fileprivate mutating func note(_ problem: String) {
    if self.problem == nil { self.problem = problem }
  }

  fileprivate func seen(_ field: JSONScanner.Field) -> Bool {
    switch field {
    case .v: version != nil
    case .id: id != nil
    case .card: card != nil
    case .deck: deck != nil
    case .at: at != nil
    case .rating: rating != nil
    case .form: form != nil
    case .answer: answer != nil
    case .verdict: verdict != nil
    case .ms: ms != nil
    case .undo: undo != nil
    }
  }

  /// Review fields on an undo record are not part of its format: report them as unknown.
  fileprivate var reviewFieldsPresent: [String] {
    var names: [String] = []
    if card != nil { names.append("card") }
    if deck != nil { names.append("deck") }
    if rating != nil { names.append("rating") }
    if form != nil { names.append("form") }
    if answer != nil { names.append("answer") }
    if verdict != nil { names.append("verdict") }
    if ms != nil { names.append("ms") }
    return names
  }
}
