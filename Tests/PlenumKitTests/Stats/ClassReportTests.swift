import Foundation
import PlenumScheduling
import Testing

@testable import PlenumKit
@testable import PlenumProgress

/// The report's numbers on the fixture class, each worked out by hand from the log lines.
///
/// Learning steps are 1 m and 10 m: a new card rated Good goes to the 10-minute step and
/// graduates to review with a second Good; a new card rated Easy graduates at once.
@Suite struct ClassReportTests {
  @Test func studentsComeInFolderOrderWithTheirProgress() throws {
    let report = try ClassFixture.report()
    // Byte order: ASCII names first, the Hangul name last; eve has a folder but no log.
    #expect(report.students.map(\.name) == ["ana", "ben", "dan", "eve", "최민지"])
    // 10 (ana) + 9 (ben: 10 reviews, one undone) + 8 (dan) + 0 (eve) + 8 (최민지) = 35.
    #expect(report.totalReviews == 35)
    #expect(report.generatedAt == "2026-09-15T09:00:00Z")
    #expect(report.masteredStabilityDays == 21)
    #expect(report.minimumStudents == 2)
  }

  /// ana: 09-01 C Easy ✓, A Good ✓, D Again ✗, A Good ✓ (A graduates); 09-02 A Good ✓;
  /// 09-09 C Easy ✓, A Again ✗ "Pyongyang", B Good ✓ (new), A Good ✓; 09-14 B Good ✓ "Feb 1956".
  @Test func anaRetentionMasteryAndLastActive() throws {
    let ana = try #require(try ClassFixture.report().students.first { $0.name == "ana" })
    #expect(ana.reviews == 10)
    // Judged correct: all but D on 09-01 and A on 09-09 → 8 of 10.
    #expect(ana.correct == 8)
    #expect(ana.correctShare == 0.8)
    // First of the day for a card in review: A 09-02 pass, C 09-09 pass, A 09-09 fail; B on
    // 09-14 was still in its learning step, so it is not counted → 2 of 3.
    #expect(ana.trueRetention == LearnerStats.Retention(reviews: 3, passed: 2, rate: 2.0 / 3.0))
    #expect(ana.cardsSeen == 4)
    // C: Easy → S0 = w3 = 8.2956 days, D0 = clamp(w4 − e^(3·w5) + 1) = clamp(−4.77) = 1.
    // Easy 8 days later: R = (1 + 19/81 · 8 / 8.2956)^(−0.1542) = 0.9025 (factor = 0.9^(−1/0.1542) − 1),
    // S' = S·(1 + e^1.8722 · (11 − 1) · S^−0.1666 · (e^(0.796·0.0975) − 1) · 1.8729) = 65.6 ≥ 21.
    // A and D were failed, B has S = 18.2 (Good, then Good 5 days later) < 21 → 1 mastered.
    #expect(ana.cardsMastered == 1)
    #expect(ana.lastActive == "2026-09-14")
    #expect(ana.lastActiveAt == "2026-09-14T10:00:00Z")
    // Learning days start at 04:00 UTC: 09-14 10:00 and 09-15 09:00 are one day apart.
    #expect(ana.daysSinceActive == 1)
    #expect(ana.logProblems == 0)
  }

  /// ben, two device files: 09-03 A Again ✗, A Good ✓, B Again ✗, B Again (close), C Easy ✓,
  /// A Good ✓; 09-06 A Again ✗, a line that is not JSON, A Hard ✗ "<script>…", C Good ✓,
  /// B Good ✓ — undone a minute later.
  @Test func benSkipsTheBadLineAndTheUndoneReview() throws {
    let ben = try #require(try ClassFixture.report().students.first { $0.name == "ben" })
    #expect(ben.reviews == 9)
    // Correct: A 18:01, C 18:04, A 18:12, C 07:32 → 4 of 9 (the undone B is not counted).
    #expect(ben.correct == 4)
    #expect(ben.correctShare == 4.0 / 9.0)
    // A graduated at 18:12 on 09-03 → A 09-06 07:30 fail; C (Easy on 09-03) → C 09-06 pass.
    #expect(ben.trueRetention == LearnerStats.Retention(reviews: 2, passed: 1, rate: 0.5))
    #expect(ben.cardsSeen == 3)
    // C: Easy (S = 8.2956, D = 1), Good 3 learning days later: R = (1 + 19/81 · 3 / 8.2956)^(−0.1542)
    // = 0.9543, S' = 8.2956 · (1 + e^1.8722 · 10 · 8.2956^−0.1666 · (e^(0.796·0.0457) − 1)) = 22.35 ≥ 21.
    #expect(ben.cardsMastered == 1)
    #expect(ben.lastActive == "2026-09-06")
    // 09-06 07:32 is learning day 09-06; 09-15 09:00 is day 09-15 → 9.
    #expect(ben.daysSinceActive == 9)
    #expect(ben.logProblems == 1)
  }

  /// dan: 09-10 A Again ✗ "pyongyang", A Again ✗ "Beijing", A Good ✓, B Good ✓, A Good ✓ (A
  /// graduates), B Good ✓ (B graduates); 09-12 B Again ✗ "February 1965", B Good ✓.
  /// 최민지: 09-04 C Easy ✓, A Again ✗ "Pyongyang ", A Good ✓, A Good ✓; 09-05 A Good ✓, C Good ✓;
  /// 09-12 B Good ✓ (new), B Again ✗ "January 1956".
  @Test func danAndMinjiAndEve() throws {
    let report = try ClassFixture.report()
    let dan = try #require(report.students.first { $0.name == "dan" })
    #expect((dan.reviews, dan.correct, dan.correctShare) == (8, 5, 0.625))
    // Only B on 09-12 was a first-of-day review of a card in review, and it failed → 0 of 1.
    #expect(dan.trueRetention == LearnerStats.Retention(reviews: 1, passed: 0, rate: 0))
    #expect(
      (dan.cardsSeen, dan.cardsMastered, dan.lastActive, dan.daysSinceActive) == (
        2, 0, "2026-09-12", 3
      ))
    let minji = try #require(report.students.first { $0.name == "최민지" })
    #expect((minji.reviews, minji.correct, minji.correctShare) == (8, 6, 0.75))
    // A 09-05 pass, C 09-05 pass; B 12:11 was a same-card learning step → 2 of 2.
    #expect(minji.trueRetention == LearnerStats.Retention(reviews: 2, passed: 2, rate: 1))
    // C: Easy, Good 1 day later: R = 0.9829, S' = 13.49 < 21 → nothing mastered.
    #expect((minji.cardsSeen, minji.cardsMastered, minji.daysSinceActive) == (3, 0, 3))
    let eve = try #require(report.students.first { $0.name == "eve" })
    #expect((eve.reviews, eve.correct, eve.correctShare, eve.cardsSeen) == (0, 0, nil, 0))
    #expect(eve.trueRetention == LearnerStats.Retention(reviews: 0, passed: 0, rate: nil))
    #expect((eve.lastActive, eve.lastActiveAt, eve.daysSinceActive) == (nil, nil, nil))
  }

  @Test func cardsReviewedByTwoStudentsHardestFirst() throws {
    let cards = try ClassFixture.report().cards
    // D was reviewed by ana alone, so it is left out.
    #expect(cards.map(\.card) == [ClassFixture.cardB, ClassFixture.cardA, ClassFixture.cardC])
    // B: ana 2 (0 failed), ben 2 (Again ✗, Again close: 2), dan 4 (1), 최민지 2 (1) → 4 of 10.
    #expect(
      cards[0]
        == ClassReport.CardDifficulty(
          card: ClassFixture.cardB, prompt: "When was the 20th CPSU Congress?",
          answer: "February 1956",
          reviews: 10, failures: 4, failureRate: 0.4, students: 4))
    // A: ana 5 (1), ben 5 (Again, Again, Hard judged wrong: 3), dan 4 (2), 최민지 4 (1) → 7 of 18.
    #expect((cards[1].reviews, cards[1].failures, cards[1].students) == (18, 7, 4))
    #expect(cards[1].failureRate == 7.0 / 18.0)
    // C: ana 2, ben 2, 최민지 2, none failed.
    #expect(
      (cards[2].reviews, cards[2].failures, cards[2].failureRate, cards[2].students) == (6, 0, 0, 3)
    )
  }

  @Test func commonWrongAnswersAreTrimmedAndLowerCased() throws {
    let misconceptions = try ClassFixture.report().misconceptions
    // C was never failed, so only B and A are listed, in the order of difficulty.
    #expect(misconceptions.map(\.card) == [ClassFixture.cardB, ClassFixture.cardA])
    // B's "Febuary 1956" was judged close, not wrong: three wrong answers, one each.
    #expect(misconceptions[0].wrongAnswers == 3)
    #expect(
      misconceptions[0].common == [
        .init(answer: "february 1965", count: 1, share: 1.0 / 3.0),
        .init(answer: "january 1956", count: 1, share: 1.0 / 3.0),
        .init(answer: "march 1956", count: 1, share: 1.0 / 3.0),
      ])
    // A: "Pyongyang" (ana), "Pyongyang" and " pyongyang " (ben), "pyongyang" (dan),
    // "Pyongyang " (최민지) → 5; "Beijing" (dan) 1; "<script>…" (ben) 1 → 7 in all.
    #expect(misconceptions[1].wrongAnswers == 7)
    #expect(misconceptions[1].answer == "Moscow")
    #expect(
      misconceptions[1].common == [
        .init(answer: "pyongyang", count: 5, share: 5.0 / 7.0),
        .init(answer: "<script>alert(1)</script>", count: 1, share: 1.0 / 7.0),
        .init(answer: "beijing", count: 1, share: 1.0 / 7.0),
      ])
  }

  @Test func jsonFieldNamesAreSnakeCase() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(ClassFixture.report()), as: UTF8.self)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(
      object.keys.sorted() == [
        "cards", "generated_at", "mastered_stability_days", "minimum_students", "misconceptions",
        "students", "total_reviews",
      ])
    let student = try #require((object["students"] as? [[String: Any]])?.first)
    #expect(
      student.keys.sorted() == [
        "cards_mastered", "cards_seen", "correct", "correct_share", "days_since_active",
        "last_active",
        "last_active_at", "log_problems", "name", "reviews", "true_retention",
      ])
    let card = try #require((object["cards"] as? [[String: Any]])?.first)
    #expect(
      card.keys.sorted() == [
        "answer", "card", "failure_rate", "failures", "prompt", "reviews", "students",
      ])
    let item = try #require((object["misconceptions"] as? [[String: Any]])?.first)
    #expect(
      item.keys.sorted() == ["answer", "card", "common", "failure_rate", "prompt", "wrong_answers"])
  }

  @Test func jsonWritesNullWhereThereIsNoValue() throws {
    // A deck without card C: C's prompt and answer are unknown.
    var builder = ClassFixture.builder
    builder.deck.cards.removeAll { $0.id == ClassFixture.cardC }
    let roster = try ClassRoster.learners(in: [ClassFixture.folder()])
    let learners = roster.map {
      ClassReportBuilder.Learner(name: $0.name, reading: ReviewLog.read(learnerFolder: $0.folder))
    }
    let report = builder.build(learners, now: ClassFixture.now)
    #expect(report.cards[2].card == ClassFixture.cardC && report.cards[2].prompt == nil)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(report), as: UTF8.self)
    #expect(
      json.contains(
        #"{"cards_mastered":0,"cards_seen":0,"correct":0,"correct_share":null,"days_since_active":null,"#
          + #""last_active":null,"last_active_at":null,"log_problems":0,"name":"eve","reviews":0,"#
          + #""true_retention":{"passed":0,"rate":null,"reviews":0}}"#))
    #expect(
      json.contains(
        #"{"answer":null,"card":"event-date:kwp-third-congress","failure_rate":0,"failures":0,"prompt":null,"#
          + #""reviews":6,"students":3}"#))
  }

  @Test func unsortedReviewsAreFoldedInTimeOrder() throws {
    let reading = ReviewLog.read(learnerFolder: try ClassFixture.folder() + "/ana")
    let shuffled = ClassReportBuilder.Learner(name: "ana", reviews: reading.reviews.reversed())
    let report = ClassFixture.builder.build([shuffled], now: ClassFixture.now)
    #expect(
      report.students[0].trueRetention
        == LearnerStats.Retention(reviews: 3, passed: 2, rate: 2.0 / 3.0))
    #expect(report.students[0].lastActive == "2026-09-14")
    // One student only: no card reaches two students.
    #expect(report.cards.isEmpty && report.misconceptions.isEmpty)
  }
}

/// The class report counts true retention by `plenum stats`'s rule and each learner's settings.
@Suite struct ClassReportRetentionTests {
  @Test func aSecondReviewOnTheSameDayIsNotCountedAgain() {
    let report = ClassFixture.builder.build(
      [ClassReportBuilder.Learner(name: "ana", reviews: StatsReviews.sameDay)],
      now: StatsReviews.date("2026-09-06T09:00:00Z"))
    #expect(
      report.students[0].trueRetention == LearnerStats.Retention(reviews: 1, passed: 1, rate: 1))
  }

  @Test func eachLearnerIsFoldedWithTheirOwnScheduling() throws {
    let reading = ReviewLog.read(learnerFolder: try ClassFixture.folder() + "/ana")
    let sm2 = LearnerScheduling(
      LearnerSettings(scheduler: "sm2"), timeZoneIdentifier: "UTC")
    let report = ClassFixture.builder.build(
      [
        ClassReportBuilder.Learner(name: "fsrs", reading: reading),
        ClassReportBuilder.Learner(name: "sm2", reading: reading, scheduling: sm2),
      ], now: ClassFixture.now)
    let alone = ClassReportBuilder(deck: ClassFixture.deck, settings: sm2.settings, kind: .sm2)
      .build([ClassReportBuilder.Learner(name: "sm2", reading: reading)], now: ClassFixture.now)
    #expect(report.students[0].trueRetention.reviews == 3)
    #expect(report.students[1] == alone.students[0])
    #expect(report.students[1].trueRetention != report.students[0].trueRetention)
  }
}
