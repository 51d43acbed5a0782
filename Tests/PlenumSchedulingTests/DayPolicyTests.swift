import Foundation
import Testing

@testable import PlenumScheduling

@Suite struct DayPolicyTests {
  let newYork = DayPolicy.calendar(rolloverHour: 4, timeZoneIdentifier: "America/New_York")
  let berlin = DayPolicy.calendar(rolloverHour: 4, timeZoneIdentifier: "Europe/Berlin")

  @Test func rollingDaysAreFloorsOf24HourPeriods() {
    let start = utc("2024-01-01T12:00:00Z")
    let policy = DayPolicy.rolling24h
    #expect(policy.elapsedDays(from: start, to: start.addingTimeInterval(86_399)) == 0)
    #expect(policy.elapsedDays(from: start, to: start.addingTimeInterval(86_400)) == 1)
    #expect(policy.elapsedDays(from: start, to: start.addingTimeInterval(3 * 86_400 - 1)) == 2)
    #expect(policy.elapsedDays(from: start, to: start.addingTimeInterval(-1)) == -1)
  }

  @Test func rollingDueIsReviewTimePlusWholeDays() {
    let review = utc("2024-01-01T12:34:56Z")
    #expect(
      DayPolicy.rolling24h.due(reviewedAt: review, afterDays: 3) == utc("2024-01-04T12:34:56Z"))
  }

  @Test func calendarDayStartsAtFourAmLocal() {
    // 23:00 and 05:00 the next morning are one learning day apart, 6 hours later.
    #expect(
      newYork.elapsedDays(from: utc("2026-01-10T04:00:00Z"), to: utc("2026-01-10T10:00:00Z")) == 1)
    // 05:00 and 03:00 the next night are the same learning day, 22 hours later.
    #expect(
      newYork.elapsedDays(from: utc("2026-01-10T10:00:00Z"), to: utc("2026-01-11T08:00:00Z")) == 0)
    #expect(
      newYork.elapsedDays(from: utc("2026-01-10T10:00:00Z"), to: utc("2026-01-11T08:59:59Z")) == 0)
    #expect(
      newYork.elapsedDays(from: utc("2026-01-10T10:00:00Z"), to: utc("2026-01-11T09:00:00Z")) == 1)
  }

  @Test func calendarCountsTheShortDayOfSpringForwardAsOneDay() {
    // 2026-03-07 04:00 EST (09:00Z) to 2026-03-08 04:00 EDT (08:00Z): 23 hours, one learning day.
    let start = utc("2026-03-07T09:00:00Z")
    #expect(newYork.elapsedDays(from: start, to: utc("2026-03-08T07:59:59Z")) == 0)
    #expect(newYork.elapsedDays(from: start, to: utc("2026-03-08T08:00:00Z")) == 1)
    #expect(DayPolicy.rolling24h.elapsedDays(from: start, to: utc("2026-03-08T08:00:00Z")) == 0)
    // 23:00 EST on the 7th to 05:00 EDT on the 8th: 5 hours, across the 4 am rollover.
    #expect(
      newYork.elapsedDays(from: utc("2026-03-08T04:00:00Z"), to: utc("2026-03-08T09:00:00Z")) == 1)
  }

  @Test func calendarCountsTheLongDayOfFallBackAsOneDay() {
    // 2026-10-31 04:00 EDT (08:00Z) to 2026-11-01 04:00 EST (09:00Z): 25 hours, one learning day.
    let start = utc("2026-10-31T08:00:00Z")
    #expect(newYork.elapsedDays(from: start, to: utc("2026-11-01T08:59:59Z")) == 0)
    #expect(newYork.elapsedDays(from: start, to: utc("2026-11-01T09:00:00Z")) == 1)
    #expect(DayPolicy.rolling24h.elapsedDays(from: start, to: utc("2026-11-01T08:59:59Z")) == 1)
  }

  @Test func calendarDueIsTheRolloverThatStartsTheDueDay() {
    // Reviewed 15:00 EST on 7 March: one day → 04:00 EDT on 8 March, two days → 04:00 EDT on 9 March.
    let review = utc("2026-03-07T20:00:00Z")
    #expect(newYork.due(reviewedAt: review, afterDays: 1) == utc("2026-03-08T08:00:00Z"))
    #expect(newYork.due(reviewedAt: review, afterDays: 2) == utc("2026-03-09T08:00:00Z"))
    // Reviewed 02:00 EST on 7 March still belongs to the 6th, so one day → 04:00 EST on the 7th.
    #expect(
      newYork.due(reviewedAt: utc("2026-03-07T07:00:00Z"), afterDays: 1)
        == utc("2026-03-07T09:00:00Z"))
    // Fall back: noon EDT on 31 October, one day → 04:00 EST on 1 November.
    #expect(
      newYork.due(reviewedAt: utc("2026-10-31T16:00:00Z"), afterDays: 1)
        == utc("2026-11-01T09:00:00Z"))
  }

  @Test func calendarWorksAcrossBerlinDaylightSavingChanges() {
    // 22:00 CET on 28 March → 04:00 CEST on 29 March (02:00Z).
    let spring = utc("2026-03-28T21:00:00Z")
    #expect(berlin.due(reviewedAt: spring, afterDays: 1) == utc("2026-03-29T02:00:00Z"))
    #expect(berlin.elapsedDays(from: spring, to: utc("2026-03-29T01:59:59Z")) == 0)
    #expect(berlin.elapsedDays(from: spring, to: utc("2026-03-29T02:00:00Z")) == 1)
    // Noon CEST on 24 October → 04:00 CET on 25 October (03:00Z); 30 days later → 04:00 CET on 24 November.
    let autumn = utc("2026-10-24T10:00:00Z")
    #expect(berlin.due(reviewedAt: autumn, afterDays: 1) == utc("2026-10-25T03:00:00Z"))
    #expect(berlin.due(reviewedAt: autumn, afterDays: 31) == utc("2026-11-24T03:00:00Z"))
    #expect(berlin.elapsedDays(from: autumn, to: utc("2026-11-24T03:00:00Z")) == 31)
  }

  @Test func schedulerUsesTheCalendarPolicyForReviewCardsOnly() {
    let settings = SchedulerSettings(fuzz: false, dayPolicy: newYork)
    let scheduler = FSRSScheduler(settings: settings)
    let first = utc("2026-03-07T20:00:00Z")  // 15:00 EST
    let learning = scheduler.review(nil, rating: .good, at: first)
    #expect(learning.due == first.addingTimeInterval(600))  // steps stay exact seconds
    let graduated = scheduler.review(learning, rating: .easy, at: learning.due)
    let days = scheduler.nextIntervalDays(stability: graduated.memory!.stability)
    #expect(graduated.phase == .review)
    #expect(graduated.due == newYork.due(reviewedAt: learning.due, afterDays: days))
    #expect(
      graduated.due == utc("2026-03-08T08:00:00Z").addingTimeInterval(Double(days - 1) * 86_400))
  }
}
