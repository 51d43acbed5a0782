import Foundation
import Testing

@testable import PlenumScheduling

@Suite struct FuzzTests {
  @Test func reproducesEveryRowOfTheReferenceFuzzTables() throws {
    var rows = 0
    let decoder = Fixtures.decoder()
    for file in try Fixtures.vectorFiles() {
      for (number, data) in try Fixtures.lines(of: file) {
        guard try decoder.decode(VectorShape.self, from: data).isFuzzRow else { continue }
        let row = try decoder.decode(FuzzRow.self, from: data)
        let actual = fuzzedInterval(
          days: row.intervalDays, maximumInterval: row.maximumInterval, draw: row.u)
        #expect(
          actual == row.fuzzedDays,
          "\(file.lastPathComponent):\(number): \(row.intervalDays) days (max \(row.maximumInterval), u \(row.u)): expected \(row.fuzzedDays), got \(actual)"
        )
        rows += 1
      }
    }
    #expect(rows >= 600)
  }

  @Test func leavesIntervalsUnderThreeDaysAlone() {
    for u in [0.0, 0.5, 0.999] {
      #expect(fuzzedInterval(days: 1, maximumInterval: 36500, draw: u) == 1)
      #expect(fuzzedInterval(days: 2, maximumInterval: 36500, draw: u) == 2)
    }
  }

  @Test func spreadsHundredDaysAsPyFSRSDoes() {
    // Spread = 1 + 0.15·4.5 + 0.1·13 + 0.05·80 = 6.975 → range [93, 107]; u·15 + 93 is then
    // rounded, so (as in py-fsrs) a draw above 14.5/15 reaches 108.
    #expect(fuzzedInterval(days: 100, maximumInterval: 36500, draw: 0) == 93)
    #expect(fuzzedInterval(days: 100, maximumInterval: 36500, draw: 0.5) == 100)
    #expect(fuzzedInterval(days: 100, maximumInterval: 36500, draw: 0.96) == 107)
    #expect(fuzzedInterval(days: 100, maximumInterval: 36500, draw: 0.999_999) == 108)
    #expect(fuzzedInterval(days: 100, maximumInterval: 100, draw: 0.999_999) == 100)
  }

  @Test func splitMixMatchesItsPublishedFirstOutput() {
    #expect(FuzzKey.splitMix64(0) == 0xe220_a839_7b1d_cdaf)
  }

  @Test func drawIsAFixedFunctionOfCardAndReviewIndex() {
    // Pinned values: a change here would move every fuzzed due date in every learner's log.
    // (Checked against an independent Python computation of FNV-1a 64 + SplitMix64.)
    #expect(FuzzKey(cardID: "event.plenum-opens:date", reviewIndex: 0).draw == 0.8393385035638312)
    #expect(FuzzKey(cardID: "event.plenum-opens:date", reviewIndex: 1).draw == 0.6857671092523783)
    #expect(FuzzKey(cardID: "", reviewIndex: 0).draw == 0.3579571677399621)
  }

  @Test func drawsAreSpreadOverTheUnitInterval() {
    var buckets = [Int](repeating: 0, count: 10)
    for card in 0..<100 {
      for review in 0..<100 {
        let u = FuzzKey(cardID: "card-\(card)", reviewIndex: review).draw
        #expect(u >= 0 && u < 1)
        buckets[Int(u * 10)] += 1
      }
    }
    // 10,000 draws: each tenth should hold about 1,000 (±150 is over 4 standard deviations).
    for count in buckets { #expect(abs(count - 1000) < 150, "bucket counts \(buckets)") }
  }

  @Test func replayingALogWithFuzzReproducesEveryDueDate() {
    let scheduler = FSRSScheduler(settings: SchedulerSettings(fuzz: true, dayPolicy: .rolling24h))
    let ratings: [Rating] = [.good, .good, .good, .hard, .good, .easy, .again, .good, .good, .good]
    func replay(cardID: String) -> [Date] {
      var card: FSRSCard?
      var date = utc("2025-05-01T09:00:00Z")
      var dues: [Date] = []
      for (index, rating) in ratings.enumerated() {
        card = scheduler.review(
          card, rating: rating, at: date, fuzzKey: FuzzKey(cardID: cardID, reviewIndex: index))
        dues.append(card!.due)
        date = card!.due
      }
      return dues
    }
    #expect(replay(cardID: "a") == replay(cardID: "a"))
    #expect(replay(cardID: "a") != replay(cardID: "b"))
  }

  @Test func fuzzedReviewIntervalUsesTheKeysDraw() {
    let plain = FSRSScheduler(settings: SchedulerSettings(fuzz: false, dayPolicy: .rolling24h))
    let fuzzy = FSRSScheduler(settings: SchedulerSettings(fuzz: true, dayPolicy: .rolling24h))
    let at = utc("2025-05-01T09:00:00Z")
    let card = FSRSCard(
      phase: .review, step: nil, memory: MemoryState(stability: 40, difficulty: 5),
      due: at, lastReview: at.addingTimeInterval(-40 * 86_400))
    let key = FuzzKey(cardID: "x", reviewIndex: 7)
    let unfuzzed = plain.review(card, rating: .good, at: at)
    let days = plain.nextIntervalDays(stability: unfuzzed.memory!.stability)
    let fuzzedDays = fuzzedInterval(days: days, maximumInterval: 36500, draw: key.draw)
    #expect(
      fuzzy.review(card, rating: .good, at: at, fuzzKey: key).due
        == at.addingTimeInterval(Double(fuzzedDays) * 86_400))
    #expect(fuzzy.review(card, rating: .good, at: at, fuzzKey: nil) == unfuzzed)
    #expect(unfuzzed.due == at.addingTimeInterval(Double(days) * 86_400))
  }
}
