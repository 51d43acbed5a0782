import Foundation
import PlenumScheduling
import Testing

@testable import PlenumProgress

@Suite struct LogLineTests {
  @Test func writesTheDocumentedFieldsInOrder() {
    #expect(
      logLine(.review(sampleReview(7)))
        == #"{"v":1,"id":"00000000000000000000000000000007","card":"ev.plenum.date","deck":"august-1956","at":"2026-11-23T13:08:50.123Z","rating":3,"form":"typed","answer":"30 August","verdict":"correct","ms":1207}"#
        + "\n")
    let undo = UndoRecord(id: ReviewID("u1"), undo: ReviewID("r1"), at: progressBaseTime)
    #expect(
      logLine(.undo(undo)) == #"{"v":1,"id":"u1","undo":"r1","at":"2026-11-23T13:08:43.123Z"}"#
        + "\n")
  }

  @Test(arguments: [
    "plain", "", "say \"hi\"", #"back\slash"#, "two\nlines\r\n", "tab\there", "nul\u{0}byte",
    "\u{1}\u{1f}\u{7f}", "김일성", "🇰🇵 flag and 👍🏽", "\\u0041 literally", "/slash/",
    "\u{2028}\u{2029}", "a\"\\\"b",
  ])
  func roundTripsTrickyAnswers(_ answer: String) throws {
    let record = sampleReview(1, answer: answer)
    let text = logLine(.review(record))
    #expect(!text.dropLast().contains("\n"))
    let parsed = try parseLogLine(String(text.dropLast())).get()
    #expect(parsed.entry == .review(record))
    #expect(parsed.unknownFields.isEmpty)
  }

  @Test func escapesControlCharactersAsUnicodeEscapes() {
    var out: [UInt8] = []
    LogLineEncoder.appendString("a\u{0}\n\u{1f}\"\\", to: &out)
    #expect(String(decoding: out, as: UTF8.self) == #""a\u0000\u000a\u001f\"\\""#)
  }

  @Test func readsEveryJSONEscapeAndSurrogatePairs() throws {
    let text =
      #"{"v":1,"id":"x","card":"c","deck":"d","at":"2026-11-23T13:08:43.123Z","rating":1,"#
      + #""form":"typed","answer":"\"\\\/\b\f\n\r\t\u00e9\uD83D\uDE00\u1100","verdict":"wrong","ms":0}"#
    guard case .review(let r) = try parseLogLine(text).get().entry else {
      Issue.record("not a review")
      return
    }
    #expect(r.answer == "\"\\/\u{8}\u{c}\n\r\té😀\u{1100}")
    #expect(r.rating == .again)
    #expect(r.verdict == .wrong)
  }

  @Test func acceptsSpacesAndAnyFieldOrder() throws {
    let text =
      #" { "ms" : 5 , "verdict":"close","answer":"x","form":"cloze","rating":4,"#
      + #""at":"2026-11-23T22:08:43.5+09:00","deck":"d","card":"c","id":"i","v":1 } "#
    guard case .review(let r) = try parseLogLine(text).get().entry else {
      Issue.record("not a review")
      return
    }
    #expect(r.at == progressBaseTime + 377)
    #expect(r.ms == 5)
  }

  @Test(arguments: [
    (#"{"v":1,"id":"x","card":"c""#, LineProblem.cutOff),
    (#"{"v":1,"id":"x","ca"#, .cutOff),
    (#"{"v":1,"ms":12"#, .cutOff),
    (#"{"v":1,"answer":"\uD83D"#, .cutOff),
    ("not json", .notJSON("a record must start with '{', found 'n' at column 1")),
    (#"{"v":1 "id":"x"}"#, .notJSON("expected ',' or '}' but found '\"' at column 8")),
    (#"{"v":1,}"#, .notJSON("expected a field name in quotes but found '}' at column 8")),
    (#"{"v"=1}"#, .notJSON("expected ':' after a field name but found '=' at column 5")),
    (#"{"v":01}"#, .notJSON("a number must not start with 0 (column 6)")),
    (#"{"v":1}x"#, .notJSON("unexpected 'x' after the closing '}' at column 8")),
    (#"{"v":1,"answer":"a\qb"}"#, .notJSON("'\\q' is not a JSON escape (column 19)")),
    (#"{"v":1,"answer":"\uDE00"}"#, .notJSON("a lone low surrogate '\\u' escape at column 18")),
    (
      "{\"v\":1,\"answer\":\"a\u{1}\"}",
      .notJSON("a control character must be escaped inside a string (column 19)")
    ),
    (#"{"v":1,"x":[1,{"a":tru}]}"#, .notJSON("expected a value but found 't' at column 20")),
    (#"{"id":"x"}"#, .invalidRecord("the field 'v' (format version) is missing")),
    (#"{"v":2,"whatever":true}"#, .futureVersion(2)),
    (#"{"v":0}"#, .invalidRecord("the format version 'v' must be 1, not 0")),
    (#"{"v":1,"v":1}"#, .invalidRecord("the field 'v' appears twice")),
    (
      #"{"v":1,"id":"x","at":"2026-11-23T13:08:43.123Z"}"#,
      .invalidRecord("the field 'card' is missing")
    ),
    (#"{"v":1,"rating":"3"}"#, .invalidRecord("the field 'rating' must be a whole number")),
    (#"{"v":1,"rating":3.5}"#, .invalidRecord("the field 'rating' must be a whole number")),
    (
      #"{"v":1,"at":"yesterday"}"#,
      .invalidRecord(
        "the field 'at' must be a UTC time like 2026-11-23T13:08:43.123Z, not 'yesterday'")
    ),
    (
      #"{"v":1,"verdict":"meh"}"#,
      .invalidRecord("the field 'verdict' must be correct, close, wrong or skipped, not 'meh'")
    ),
  ])
  func rejectsMalformedLinesWithAClearReason(_ text: String, _ problem: LineProblem) {
    guard case .failure(let found) = parseLogLine(text) else {
      Issue.record("parsed: \(text)")
      return
    }
    #expect(found == problem)
  }

  @Test func rejectsRatingOutOfRange() {
    var text = String(logLine(.review(sampleReview(1))).dropLast())
    text = text.replacingOccurrences(of: #""rating":3"#, with: #""rating":7"#)
    #expect(
      parseLogLine(text).progressFailure
        == .invalidRecord("the field 'rating' must be 1, 2, 3 or 4, not 7"))
  }

  @Test func reportsUnknownFieldsButReadsTheRecord() throws {
    var text = String(logLine(.review(sampleReview(1))).dropLast())
    text.removeLast()
    text += #","mood":{"a":[1,2.5e3,null,false]},"note":"x"}"#
    let parsed = try parseLogLine(text).get()
    #expect(parsed.entry == .review(sampleReview(1)))
    #expect(parsed.unknownFields == ["mood", "note"])
  }

  @Test func formatsAndParsesTimestamps() {
    #expect(LogTimestamp.format(progressBaseTime) == "2026-11-23T13:08:43.123Z")
    #expect(LogTimestamp.format(0) == "1970-01-01T00:00:00.000Z")
    #expect(LogTimestamp.format(-1) == "1969-12-31T23:59:59.999Z")
    #expect(LogTimestamp.format(951_782_400_000) == "2000-02-29T00:00:00.000Z")
    #expect(LogTimestamp.parse("2026-11-23T13:08:43.123Z") == progressBaseTime)
    #expect(LogTimestamp.parse("2026-11-23T13:08:43Z") == progressBaseTime - 123)
    #expect(LogTimestamp.parse("2026-11-23T13:08:43.123456Z") == progressBaseTime)
    #expect(LogTimestamp.parse("2026-02-29T00:00:00.000Z") == nil)
    #expect(LogTimestamp.parse("2026-11-23 13:08:43.123Z") == nil)
    #expect(LogTimestamp.parse("2026-11-23T13:08:43.123") == nil)
    for ms: Int64 in [0, 1, 86_399_999, progressBaseTime, 4_102_444_800_000, -62_135_596_800_000] {
      #expect(LogTimestamp.parse(LogTimestamp.format(ms)) == ms)
    }
  }

  @Test func keepsCanonicalHexIdsCompactAndOrdersLikeText() {
    let hex = ReviewID("0123456789abcdef0123456789abcdef")
    #expect(hex.storage == .hex128(0x0123_4567_89ab_cdef, 0x0123_4567_89ab_cdef))
    #expect(hex.description == "0123456789abcdef0123456789abcdef")
    #expect(
      ReviewID("0123456789ABCDEF0123456789ABCDEF").storage
        == .text("0123456789ABCDEF0123456789ABCDEF"))
    #expect(hex < ReviewID("0f"))
    #expect(!(ReviewID("0f") < hex))
    #expect(
      ReviewID("00000000000000000000000000000001") < ReviewID("00000000000000000000000000000002"))
    var generator = ProgressSeededGenerator(seed: 9)
    let random = ReviewID.random(using: &generator)
    #expect(ReviewID(random.description) == random)
    #expect(random.description.count == 32)
  }
}

extension Result {
  var progressFailure: Failure? {
    if case .failure(let f) = self { return f }
    return nil
  }
}

@Suite struct OversizedLineTests {
  @Test func aLineLongerThanAnyRecordIsReportedAndSkippedAndTheRestIsRead() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root)
    try log.append(sampleReview(1))
    // Nine megabytes without a newline, then the newline and one more review.
    let handle = try #require(FileHandle(forWritingAtPath: log.path))
    handle.seekToEndOfFile()
    handle.write(Data(repeating: UInt8(ascii: "x"), count: 9 << 20) + Data("\n".utf8))
    try handle.close()
    try log.append(sampleReview(3))
    let reading = ReviewLog.read(learnerFolder: log.folder)
    #expect(reading.reviews == [sampleReview(1), sampleReview(3)])
    #expect(
      reading.diagnostics.map(\.description) == [
        "\(log.fileName):2: the line is \(9 << 20) bytes, longer than the 4 MiB a record can be; it was skipped and left in place"
      ])
    // The same when the long line is the last one and not ended.
    let handle2 = try #require(FileHandle(forWritingAtPath: log.path))
    handle2.seekToEndOfFile()
    handle2.write(Data(repeating: UInt8(ascii: "y"), count: 5 << 20))
    try handle2.close()
    let again = ReviewLog.read(learnerFolder: log.folder)
    #expect(again.reviews.count == 2)
    #expect(again.diagnostics.map(\.line) == [2, 4])
  }
}
