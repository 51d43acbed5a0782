import Foundation
import PlenumScheduling
import Testing

@testable import PlenumKit

/// Multiple choice while a memory is young, typed recall from a stability of 7 days.
@Suite struct FormChooserTests {
  static let day = Date(timeIntervalSince1970: 1_788_253_200)  // 2026-09-01 09:00 UTC

  static let card = Card(
    id: "a", fact: "a", kind: .eventPlace, prompt: "Where?", answer: "Moscow",
    choices: ["Moscow", "Beijing", "Pyongyang"], expected: .text(accepted: ["Moscow"]),
    forms: [.choice, .typed], explanation: "", sources: [], topics: [])

  static func progress(stability: Double) -> CardProgress {
    CardProgress(
      schedule: .fsrs(
        FSRSCard(
          phase: .review, step: nil, memory: MemoryState(stability: stability, difficulty: 5),
          due: day, lastReview: day)),
      reviews: 3, lapses: 0, firstReview: day, lastRating: .good)
  }

  @Test func recallStartsAtAStabilityOfSevenDays() {
    #expect(FormChooser.recallFromStability == 7)
    #expect(FormChooser.form(for: Self.card, progress: nil) == .choice)
    #expect(FormChooser.form(for: Self.card, progress: Self.progress(stability: 6.99)) == .choice)
    #expect(FormChooser.form(for: Self.card, progress: Self.progress(stability: 7)) == .typed)
    #expect(FormChooser.form(for: Self.card, progress: Self.progress(stability: 30)) == .typed)
  }
}
