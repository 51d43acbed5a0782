import Foundation
import Testing

@testable import PlenumScheduling

/// Replays every `supermemo2` card history in `Fixtures/*.jsonl` (quality 0…5, no maximum interval).
@Suite struct SM2ParityTests {
  @Test func replaysEverySupermemo2HistoryExactly() throws {
    let scheduler = SM2Scheduler(
      settings: SchedulerSettings(maximumInterval: .max, dayPolicy: .rolling24h))
    let decoder = Fixtures.decoder()
    var cards = 0
    var reviews = 0
    for file in try Fixtures.vectorFiles() {
      for (number, data) in try Fixtures.lines(of: file) {
        guard try decoder.decode(VectorShape.self, from: data).isSM2History else { continue }
        let history = try decoder.decode(SM2History.self, from: data)
        #expect(history.initialEasiness == SM2Scheduler.initialEasiness)
        var card: SM2Card?
        for expected in history.reviews {
          let at = Date(timeIntervalSince1970: expected.reviewTs)
          let next = scheduler.review(card, quality: expected.quality, at: at)
          let here =
            "\(file.lastPathComponent):\(number) card \(history.cardId) review \(expected.i)"
          let actual =
            "\(next.intervalDays) days, \(next.repetitions) reps, EF \(next.easinessFactor), due \(next.due.timeIntervalSince1970)"
          let wanted =
            "\(expected.intervalDays) days, \(expected.repetitions) reps, EF \(expected.easiness), due \(expected.dueTs)"
          #expect(actual == wanted, "\(here)")
          reviews += 1
          if actual != wanted { break }
          card = next
        }
        cards += 1
      }
    }
    print("SM-2 parity: \(cards) cards, \(reviews) reviews")
    #expect(cards >= 300)
  }
}
