import Foundation
import PlenumProgress
import PlenumScheduling

/// The running totals of a class report: learners are added one by one, each read once.
public struct ClassTally: Sendable {
  /// What the class did with one card so far.
  struct CardCounts: Sendable {
    var reviews = 0
    var failures = 0
    var students = 0
    /// The index of the last learner counted in `students`, so each counts once.
    var lastStudent = -1
    /// Normalized wrong answer → how often it was given.
    var wrong: [String: Int] = [:]
  }

  private let scheduling: LearnerScheduling
  private let calendar: Calendar
  private let deck: Deck
  private let now: Date
  private var students: [ClassReport.Student] = []
  private var cards: [String: CardCounts] = [:]
  private var totalReviews = 0

  init(deck: Deck, settings: SchedulerSettings, kind: SchedulerKind, now: Date) {
    self.scheduling = LearnerScheduling(settings: settings, kind: kind)
    self.calendar = LearnerStatsBuilder.calendar(settings.dayPolicy)
    self.deck = deck
    self.now = now
  }

  /// Adds one learner: folds their reviews into card states and counts them for the class.
  public mutating func add(_ learner: ClassReportBuilder.Learner) {
    let index = students.count
    var reviews = learner.reviews
    // The fold needs time order; a log reading already has it, other callers may not.
    if zip(reviews, reviews.dropFirst()).contains(where: { ($0.at, $0.id) > ($1.at, $1.id) }) {
      reviews.sort { ($0.at, $0.id) < ($1.at, $1.id) }
    }
    // Each learner is folded with their own settings, as `plenum stats` folds them.
    let scheduling = learner.scheduling ?? self.scheduling
    let fold = scheduling.fold
    let policy = scheduling.settings.dayPolicy
    var states: [String: CardProgress] = [:]
    var retention = TrueRetention(policy: policy, now: now)
    var correct = 0
    for review in reviews {
      let event = ReviewEvent(review)
      if review.verdict == .correct { correct += 1 }
      retention.count(
        card: review.card, at: event.at, rating: review.rating, before: states[review.card])
      fold.apply(event, to: &states)
      count(review, student: index)
    }
    totalReviews += reviews.count
    let mastered = states.values.filter { $0.stability >= ClassReport.masteredStabilityDays }.count
    let last = reviews.last?.date
    students.append(
      ClassReport.Student(
        name: learner.name, reviews: reviews.count, correct: correct,
        correctShare: reviews.isEmpty ? nil : Double(correct) / Double(reviews.count),
        trueRetention: retention.all, cardsSeen: states.count, cardsMastered: mastered,
        lastActive: last.map(dayLabel), lastActiveAt: last.map(Self.timestamp),
        daysSinceActive: last.map { policy.elapsedDays(from: $0, to: now) },
        logProblems: learner.logProblems))
  }

  private mutating func count(_ review: ReviewRecord, student: Int) {
    // One hash lookup, changed in place (the default subscript's modify accessor).
    Self.count(review, student: student, into: &cards[review.card, default: CardCounts()])
  }

  private static func count(_ review: ReviewRecord, student: Int, into counts: inout CardCounts) {
    counts.reviews += 1
    if ClassReportBuilder.isFailure(review) { counts.failures += 1 }
    if counts.lastStudent != student {
      counts.students += 1
      counts.lastStudent = student
    }
    if review.verdict == .wrong {
      let answer = ClassReportBuilder.normalizedAnswer(review.answer)
      if !answer.isEmpty { counts.wrong[answer, default: 0] += 1 }
    }
  }

  /// The report for every learner added so far.
  public func report() -> ClassReport {
    var byID: [String: Card] = [:]
    for card in deck.cards { byID[card.id] = card }
    let difficult = cards.filter { $0.value.students >= ClassReport.minimumStudents }
      .map { id, counts in
        ClassReport.CardDifficulty(
          card: id, prompt: byID[id]?.prompt, answer: byID[id]?.answer, reviews: counts.reviews,
          failures: counts.failures, failureRate: Double(counts.failures) / Double(counts.reviews),
          students: counts.students)
      }
      .sorted(by: Self.isHarder)
    let misconceptions = difficult.filter { $0.failures > 0 }.prefix(ClassReport.misconceptionCards)
      .map { card in
        let wrong = cards[card.card]?.wrong ?? [:]
        let total = wrong.values.reduce(0, +)
        let common = wrong.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
          .prefix(ClassReport.answersPerCard)
          .map {
            ClassReport.WrongAnswer(
              answer: $0.key, count: $0.value, share: Double($0.value) / Double(total))
          }
        return ClassReport.Misconception(
          card: card.card, prompt: card.prompt, answer: card.answer, failureRate: card.failureRate,
          wrongAnswers: total, common: common)
      }
    return ClassReport(
      generatedAt: Self.timestamp(now), totalReviews: totalReviews,
      masteredStabilityDays: ClassReport.masteredStabilityDays,
      minimumStudents: ClassReport.minimumStudents, students: students, cards: difficult,
      misconceptions: misconceptions)
  }

  /// Hardest first: higher failure rate, then more failures, then more students, then card id.
  static func isHarder(_ a: ClassReport.CardDifficulty, _ b: ClassReport.CardDifficulty) -> Bool {
    if a.failureRate != b.failureRate { return a.failureRate > b.failureRate }
    if a.failures != b.failures { return a.failures > b.failures }
    if a.students != b.students { return a.students > b.students }
    return a.card.utf8.lexicographicallyPrecedes(b.card.utf8)
  }

  /// The calendar date of `date` on the learner's clock, e.g. "2026-09-14".
  private func dayLabel(_ date: Date) -> String {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }

  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
