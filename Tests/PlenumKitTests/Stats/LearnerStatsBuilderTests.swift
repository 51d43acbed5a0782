import Foundation
import PlenumScheduling
import Testing

@testable import PlenumKit

/// `plenum stats`'s numbers, from hand-written logs and the fixture class.
@Suite struct LearnerStatsBuilderTests {
  static let builder = LearnerStatsBuilder(
    deck: ClassFixture.deck, names: [:], settings: .defaults,
    statsSettings: StatsSettings(
      desiredRetention: 0.9, learningSteps: [60, 600], relearningSteps: [600],
      maximumInterval: 36500, newPerDay: 20, scheduler: "fsrs"))

  static func anaReviews() throws -> [LearnerStatsBuilder.Review] {
    ReviewLog.read(learnerFolder: try ClassFixture.folder() + "/ana").reviews.map(
      StatsReviews.statsReview)
  }

  /// ana's log is worked out in `ClassReportTests.anaRetentionMasteryAndLastActive`.
  @Test func countsTheFixtureLearnerAsTheClassReportDoes() throws {
    let stats = Self.builder.build(try Self.anaReviews(), now: ClassFixture.now, days: 7)
    #expect(stats.reviews == 10)
    #expect(stats.cardsSeen == 4)
    #expect(stats.cardsInDeck == 3)
    #expect(stats.retention == 0.8)
    #expect(stats.trueRetention == LearnerStats.Retention(reviews: 3, passed: 2, rate: 2.0 / 3.0))
    // Every interval before those reviews was under 21 days: all three are young.
    #expect(stats.young == stats.trueRetention)
    #expect(stats.mature == LearnerStats.Retention(reviews: 0, passed: 0, rate: nil))
    #expect(stats.mastered == 1)
    // A, B and C of the deck were all seen (D is not in it): no new card is left.
    #expect(stats.newAvailable == 0)
  }

  /// `plenum stats` hands over the log's records as they are; the numbers are those of the
  /// reviews copied out of them.
  @Test func theLogsRecordsGiveTheStatisticsOfTheirReviews() throws {
    let records = ReviewLog.read(learnerFolder: try ClassFixture.folder() + "/ana").reviews
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let fromRecords = Self.builder.build(records: records, now: ClassFixture.now, days: 7)
    let fromReviews = Self.builder.build(
      records.map(StatsReviews.statsReview), now: ClassFixture.now, days: 7)
    #expect(fromRecords.reviews == 10)
    #expect(try encoder.encode(fromRecords) == encoder.encode(fromReviews))
  }

  /// ana studied on 09-01, 09-02, 09-09 and 09-14; at 09:00 on 09-15 nothing yet today.
  @Test func reviewsPerDayAndStreakAreCountedByLearningDay() throws {
    let stats = Self.builder.build(try Self.anaReviews(), now: ClassFixture.now, days: 7)
    #expect(
      stats.perDay == [
        .init(date: "2026-09-09", reviews: 4), .init(date: "2026-09-10", reviews: 0),
        .init(date: "2026-09-11", reviews: 0), .init(date: "2026-09-12", reviews: 0),
        .init(date: "2026-09-13", reviews: 0), .init(date: "2026-09-14", reviews: 1),
        .init(date: "2026-09-15", reviews: 0),
      ])
    // Today has no review yet, so the streak is counted from yesterday: 09-14 only.
    #expect(stats.streak == 1)
    #expect(stats.forecast.count == 14 && stats.forecast.first?.date == "2026-09-15")
  }

  @Test func onlyTheFirstReviewOfTheDayCountsForTrueRetention() {
    let stats = Self.builder.build(
      StatsReviews.sameDay.map(StatsReviews.statsReview),
      now: StatsReviews.date("2026-09-06T09:00:00Z"))
    #expect(stats.young == LearnerStats.Retention(reviews: 1, passed: 1, rate: 1))
    #expect(stats.trueRetention == LearnerStats.Retention(reviews: 1, passed: 1, rate: 1))
    #expect(stats.reviews == 4)
  }

  /// C: Easy on 09-01 (S = 8.3 days, interval about 8), Easy on 09-09 (S = 65.6 days, as in
  /// the report tests), Again on 11-20: the last review follows an interval of 21 days or more.
  @Test func reviewsAfterAnIntervalOfTwentyOneDaysAreMature() {
    let reviews = [
      StatsReviews.record(1, ClassFixture.cardC, "2026-09-01T10:00:00Z", .easy),
      StatsReviews.record(2, ClassFixture.cardC, "2026-09-09T10:00:00Z", .easy),
      StatsReviews.record(3, ClassFixture.cardC, "2026-11-20T10:00:00Z", .again),
    ]
    let stats = Self.builder.build(
      reviews.map(StatsReviews.statsReview), now: StatsReviews.date("2026-11-21T09:00:00Z"))
    #expect(stats.young == LearnerStats.Retention(reviews: 1, passed: 1, rate: 1))
    #expect(stats.mature == LearnerStats.Retention(reviews: 1, passed: 0, rate: 0))
    #expect(stats.trueRetention == LearnerStats.Retention(reviews: 2, passed: 1, rate: 0.5))
    // The lapse on 11-20 is counted and leaves nothing mastered.
    #expect(stats.trouble.map(\.lapses) == [1])
    #expect(stats.mastered == 0)
  }

  @Test func smTwoCountsEveryCardAsInReviewFromItsFirstReview() throws {
    var builder = Self.builder
    builder.kind = .sm2
    let stats = builder.build(try Self.anaReviews(), now: ClassFixture.now)
    let report = ClassReportBuilder(deck: ClassFixture.deck, settings: .defaults, kind: .sm2)
      .build(
        [
          .init(
            name: "ana", reading: ReviewLog.read(learnerFolder: try ClassFixture.folder() + "/ana"))
        ],
        now: ClassFixture.now)
    // No learning steps: every first review of a later day counts (A 09-02 and 09-09, C 09-09,
    // B 09-14; A's 09-09 Again fails), 4 against FSRS's 3.
    #expect(stats.trueRetention == LearnerStats.Retention(reviews: 4, passed: 3, rate: 0.75))
    #expect(stats.trueRetention == report.students[0].trueRetention)
    #expect(stats.mastered == report.students[0].cardsMastered)
  }
}

extension LearnerStatsBuilderTests {
  /// Recall "now" counts hours: a card failed in the morning is not at 100% in the evening,
  /// although the scheduler, counting whole days, still sees no time elapsed.
  @Test func aTopicFailedThisMorningIsBelowFullRecallTonight() throws {
    var deck = ClassFixture.deck
    let index = try #require(deck.cards.firstIndex { $0.id == ClassFixture.cardB })
    deck.cards[index].topics = ["speech"]
    let builder = LearnerStatsBuilder(
      deck: deck, names: ["speech": "the Secret Speech"], settings: .defaults,
      statsSettings: Self.builder.statsSettings)
    let morning = StatsReviews.record(1, ClassFixture.cardB, "2026-09-01T09:00:00Z", .again)
    let evening = StatsReviews.date("2026-09-01T20:00:00Z")
    let stats = builder.build([StatsReviews.statsReview(morning)], now: evening, days: 7)
    let topic = try #require(stats.mastery.first { $0.topic == "speech" })
    #expect(topic.seen == 1)
    // S after Again on a new card is w0 = 0.212 days; 11 hours later R ≈ 0.84.
    #expect(topic.recall > 0.80 && topic.recall < 0.88, "\(topic.recall)")
  }
}
