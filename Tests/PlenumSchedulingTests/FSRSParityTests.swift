import Foundation
import Testing

@testable import PlenumScheduling

/// Replays every py-fsrs card history in `Fixtures/*.jsonl` and requires the same result.
@Suite struct FSRSParityTests {
  @Test func replaysEveryReferenceHistoryExactly() throws {
    var cards = 0
    var reviews = 0
    let decoder = Fixtures.decoder()
    for file in try Fixtures.vectorFiles() {
      for (number, data) in try Fixtures.lines(of: file) {
        guard try decoder.decode(VectorShape.self, from: data).isCardHistory else { continue }
        let history = try decoder.decode(CardHistory.self, from: data)
        let place = "\(file.lastPathComponent):\(number) card \(history.cardId)"
        reviews += replay(history, place: place)
        cards += 1
      }
    }
    print("FSRS parity: \(cards) cards, \(reviews) reviews")
    #expect(cards >= 800)
    #expect(reviews >= 10_000)
  }

  /// Replays one history; returns the number of reviews checked, stopping at the first mismatch.
  private func replay(_ history: CardHistory, place: String) -> Int {
    let s = history.scheduler
    let scheduler = FSRSScheduler(
      settings: SchedulerSettings(
        weights: FSRSWeights(unchecked: s.parameters), desiredRetention: s.desiredRetention,
        learningSteps: s.learningSteps, relearningSteps: s.relearningSteps,
        maximumInterval: s.maximumInterval, fuzz: false, dayPolicy: .rolling24h),
      // py-fsrs does not cap stability; the product caps it at 36,500 days (StabilityRange).
      stabilityRange: .pyFSRS)
    var card: FSRSCard?
    for expected in history.reviews {
      let at = Date(timeIntervalSince1970: expected.reviewTs)
      let here = "\(place) review \(expected.i)"
      let rating = Rating(rawValue: expected.rating)!
      let recall = card.map { scheduler.retrievability(of: $0, at: at) } ?? 0
      if let last = card?.lastReview {
        let days = scheduler.settings.dayPolicy.elapsedDays(from: last, to: at)
        #expect(days == expected.elapsedDays, "\(here): elapsed days")
      }
      let next = scheduler.review(card, rating: rating, at: at)
      let ok = [
        checkClose(recall, expected.retrievability, "\(here): retrievability"),
        check(next.phase.rawValue, expected.state, "\(here): state"),
        check(next.step, expected.step, "\(here): step"),
        checkClose(next.memory?.stability ?? .nan, expected.stability, "\(here): stability"),
        checkClose(next.memory?.difficulty ?? .nan, expected.difficulty, "\(here): difficulty"),
        check(next.due.timeIntervalSince1970, expected.dueTs, "\(here): due (epoch seconds)"),
      ]
      if ok.contains(false) { return expected.i + 1 }
      card = next
    }
    return history.reviews.count
  }

  private func check<T: Equatable>(_ actual: T, _ expected: T, _ what: String) -> Bool {
    #expect(actual == expected, "\(what): expected \(expected), got \(actual)")
    return actual == expected
  }

  private func checkClose(_ actual: Double, _ expected: Double, _ what: String) -> Bool {
    let close = actual == expected || abs(actual - expected) <= 1e-12 * abs(expected)
    #expect(close, "\(what): expected \(expected), got \(actual)")
    return close
  }
}
