import Foundation
import Testing

@testable import PlenumKit
@testable import PlenumProgress

/// The log's `form`: the forms this version asks in are typed; any other is kept as written.
@Suite struct ReviewFormTests {
  /// A newer version's form (escapes and all) is read as `.unknown` and written back as it was.
  @Test(arguments: ["drag-and-drop", "map \"pin\"", "지도", "Typed", ""])
  func anUnknownFormRoundTripsByteForByte(_ form: String) throws {
    var record = sampleReview(3)
    record.form = .unknown(form)
    let line = logLine(.review(record))
    let parsed = try parseLogLine(String(line.dropLast())).get()
    guard case .review(let read) = parsed.entry else {
      Issue.record("not a review")
      return
    }
    #expect(read.form == .unknown(form))
    #expect(read.form.rawValue == form)
    #expect(logLine(.review(read)) == line)
    #expect(parsed.unknownFields.isEmpty)
  }

  @Test func aKnownFormIsReadAsItsCase() throws {
    let text =
      #"{"v":1,"id":"x","card":"c","deck":"d","at":"2026-11-23T13:08:43.123Z","rating":3,"#
      + #""form":"cloze","answer":"a","verdict":"correct","ms":0}"#
    guard case .review(let read) = try parseLogLine(text).get().entry else {
      Issue.record("not a review")
      return
    }
    #expect(read.form == .cloze)
  }

  /// Every form a card can be asked in is a known form of the log, under the same name.
  @Test func everyCardFormIsAKnownReviewFormOfTheSameName() {
    for form in CardForm.allCases {
      #expect(form.reviewForm.rawValue == form.rawValue)
      #expect(ReviewForm(rawValue: form.rawValue) == form.reviewForm)
      #expect(form.reviewForm != .unknown(form.rawValue))
    }
  }

  /// A class log holds a million records: the typed form costs no more than the text it replaced.
  @Test func aFormTakesNoMoreRoomThanItsText() {
    #expect(MemoryLayout<ReviewForm>.size == MemoryLayout<String>.size)
  }

  @Test func codableKeepsAnUnknownForm() throws {
    var record = sampleReview(4)
    record.form = .unknown("drag-and-drop")
    let data = try JSONEncoder().encode(record)
    #expect(String(decoding: data, as: UTF8.self).contains(#""form":"drag-and-drop""#))
    #expect(try JSONDecoder().decode(ReviewRecord.self, from: data) == record)
  }
}
