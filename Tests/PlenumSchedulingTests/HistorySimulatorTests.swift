import Foundation
import Testing

@testable import PlenumScheduling

@Suite struct HistorySimulatorTests {
  /// Each simulated gap must be the app scheduler's wait after the previous review, stretched by
  /// U(0.8, 1.6): replaying a history through `FSRSScheduler` predicts the whole days between
  /// reviews. A simulator with its own interval or learning-step rules fails this.
  @Test func gapsFollowTheAppScheduler() {
    let input = HistorySimulator(
      truth: HistorySimulator.perturbedTruth(seed: 4), cards: 300, seed: 8
    )
    .simulate()
    let scheduler = FSRSScheduler(settings: .pyFSRS)
    var checked = 0
    var nonZero = 0
    for history in input.cards {
      var card: FSRSCard? = nil
      var date = Date(timeIntervalSince1970: 0)
      for (index, item) in history.enumerated() {
        if index > 0, let previous = card {
          let wait = previous.due.timeIntervalSince(previous.lastReview!)
          let shortest = Int(max(1, (wait * 0.8).rounded(.down)) / 86_400)
          let longest = Int((wait * 1.6).rounded(.down) / 86_400)
          #expect(
            (shortest...longest).contains(item.elapsedDays),
            "review \(index): \(item.elapsedDays) days after a wait of \(wait) s")
          checked += 1
          if item.elapsedDays > 0 { nonZero += 1 }
        }
        date += Double(item.elapsedDays) * 86_400
        card = scheduler.review(card, rating: item.rating, at: date)
      }
    }
    #expect(checked > 2_000)
    #expect(nonZero > 1_000)
  }
}
