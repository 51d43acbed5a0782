import Foundation
import Testing

@testable import PlenumScheduling

/// SM-2 against sequences worked out by hand from the published algorithm.
@Suite struct SM2SchedulerTests {
  let scheduler = SM2Scheduler(settings: SchedulerSettings(dayPolicy: .rolling24h))
  let start = utc("2025-01-01T10:00:00Z")

  /// Reviews each rating on its due date; returns (interval, repetitions, EF) after each.
  func run(_ ratings: [Rating]) -> [(Int, Int, Double)] {
    var card: SM2Card?
    var date = start
    var out: [(Int, Int, Double)] = []
    for rating in ratings {
      let next = scheduler.review(card, rating: rating, at: date)
      #expect(next.due == date.addingTimeInterval(Double(next.intervalDays) * 86_400))
      out.append((next.intervalDays, next.repetitions, next.easinessFactor))
      card = next
      date = next.due
    }
    return out
  }

  func expectSequence(_ actual: [(Int, Int, Double)], _ expected: [(Int, Int, Double)]) {
    #expect(actual.count == expected.count)
    for (index, (a, e)) in zip(actual, expected).enumerated() {
      #expect(
        a.0 == e.0 && a.1 == e.1,
        "review \(index): interval/repetitions \(a.0)/\(a.1), expected \(e.0)/\(e.1)")
      #expect(abs(a.2 - e.2) < 1e-12, "review \(index): EF \(a.2), expected \(e.2)")
    }
  }

  @Test func mapsRatingsToQualities() {
    #expect(Rating.allCases.map(SM2Scheduler.quality(of:)) == [2, 3, 4, 5])
  }

  @Test func goodKeepsEasinessAndMultipliesByIt() {
    // q = 4 changes EF by 0.1 − 1·(0.08 + 0.02) = 0. Intervals 1, 6, 6·2.5 = 15, 15·2.5 = 37.5 → 38, 38·2.5 = 95.
    expectSequence(
      run([.good, .good, .good, .good, .good]),
      [(1, 1, 2.5), (6, 2, 2.5), (15, 3, 2.5), (38, 4, 2.5), (95, 5, 2.5)])
  }

  @Test func easyRaisesEasinessByATenth() {
    // q = 5: EF +0.1 each time; the third interval uses the EF left by the second review: 6·2.7 = 16.2 → 17.
    expectSequence(run([.easy, .easy, .easy]), [(1, 1, 2.6), (6, 2, 2.7), (17, 3, 2.8)])
  }

  @Test func hardLowersEasinessBy0_14() {
    // q = 3: EF −0.14. Intervals 1, 6, 6·2.22 = 13.32 → 14, 14·2.08 = 29.12 → 30, 30·1.94 = 58.2 → 59.
    expectSequence(
      run([.hard, .hard, .hard, .hard, .hard]),
      [(1, 1, 2.36), (6, 2, 2.22), (14, 3, 2.08), (30, 4, 1.94), (59, 5, 1.8)])
  }

  @Test func againRestartsRepetitionsAndLowersEasinessBy0_32() {
    // q = 2: n = 0, I = 1, EF −0.32 = 2.18; then 1, 6, 6·2.18 = 13.08 → 14.
    expectSequence(
      run([.good, .good, .again, .good, .good, .good]),
      [(1, 1, 2.5), (6, 2, 2.5), (1, 0, 2.18), (1, 1, 2.18), (6, 2, 2.18), (14, 3, 2.18)])
  }

  @Test func easinessNeverFallsBelow1_3() {
    // 2.5 → 2.18 → 1.86 → 1.54 → 1.22, held at 1.3; then 1, 6, 6·1.3 = 7.8 → 8.
    expectSequence(
      run([.again, .again, .again, .again, .again, .good, .good, .good]),
      [
        (1, 0, 2.18), (1, 0, 1.86), (1, 0, 1.54), (1, 0, 1.3), (1, 0, 1.3), (1, 1, 1.3),
        (6, 2, 1.3), (8, 3, 1.3),
      ])
  }

  @Test func intervalsStopAtTheMaximumInterval() {
    let capped = SM2Scheduler(
      settings: SchedulerSettings(maximumInterval: 10, dayPolicy: .rolling24h))
    var card: SM2Card?
    for _ in 0..<4 { card = capped.review(card, rating: .easy, at: start) }
    #expect(card?.intervalDays == 10)
  }

  @Test func dueDatesFollowTheCalendarPolicy() {
    let berlin = SM2Scheduler(
      settings: SchedulerSettings(
        dayPolicy: .calendar(rolloverHour: 4, timeZoneIdentifier: "Europe/Berlin")))
    // 22:00 CET on 28 March, one day → 04:00 CEST on 29 March.
    #expect(
      berlin.review(nil, rating: .good, at: utc("2026-03-28T21:00:00Z")).due
        == utc("2026-03-29T02:00:00Z"))
  }
}
