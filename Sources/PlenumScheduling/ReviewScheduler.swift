import Foundation

/// Which algorithm schedules a learner's cards.
public enum SchedulerKind: String, Hashable, Codable, Sendable, CaseIterable {
  /// FSRS-6 (the default).
  case fsrs
  /// Classic SuperMemo-2.
  case sm2
}

/// One card's scheduling state under either algorithm: what a fold over the review log carries per card.
public enum CardSchedule: Hashable, Codable, Sendable {
  /// State kept by `FSRSScheduler`.
  case fsrs(FSRSCard)
  /// State kept by `SM2Scheduler`.
  case sm2(SM2Card)

  /// When the card should next be shown.
  public var due: Date {
    switch self {
    case .fsrs(let card): card.due
    case .sm2(let card): card.due
    }
  }

  /// When the card was last reviewed (`nil` if never).
  public var lastReview: Date? {
    switch self {
    case .fsrs(let card): card.lastReview
    case .sm2(let card): card.lastReview
    }
  }
}

/// The seam between the review log and the algorithms: one call per review, whichever algorithm is chosen.
public struct ReviewScheduler: Sendable {
  /// The algorithm in use.
  public let kind: SchedulerKind
  /// The FSRS scheduler (also built for SM-2, where only its settings matter).
  public let fsrs: FSRSScheduler
  /// The SM-2 scheduler.
  public let sm2: SM2Scheduler

  /// A scheduler of `kind` with `settings` (SM-2 uses only the maximum interval and day policy).
  public init(kind: SchedulerKind, settings: SchedulerSettings) {
    self.kind = kind
    fsrs = FSRSScheduler(settings: settings)
    sm2 = SM2Scheduler(settings: settings)
  }

  /// The state after a review rated `rating` at `date`. `nil`, or a state kept by the other
  /// algorithm (the kind was switched), counts as a card never reviewed: rebuild states by
  /// folding the whole log after switching, as the log is the truth.
  public func reviewed(
    _ schedule: CardSchedule?, rating: Rating, at date: Date, fuzzKey: FuzzKey? = nil
  ) -> CardSchedule {
    switch (kind, schedule) {
    case (.fsrs, .fsrs(let card)):
      .fsrs(fsrs.review(card, rating: rating, at: date, fuzzKey: fuzzKey))
    case (.fsrs, _):
      .fsrs(fsrs.review(nil, rating: rating, at: date, fuzzKey: fuzzKey))
    case (.sm2, .sm2(let card)):
      .sm2(sm2.review(card, rating: rating, at: date))
    case (.sm2, _):
      .sm2(sm2.review(nil, rating: rating, at: date))
    }
  }

  /// The FSRS probability of recall at this moment, counting hours, not whole days; `nil` for
  /// SM-2 states. For progress displays (weakest topics), never for scheduling.
  public func recallNow(of schedule: CardSchedule, at date: Date) -> Double? {
    guard case .fsrs(let card) = schedule else { return nil }
    return fsrs.recallNow(of: card, at: date)
  }

  /// The FSRS probability of recall at `date`; `nil` for SM-2 states, which have no such model.
  public func retrievability(of schedule: CardSchedule, at date: Date) -> Double? {
    guard case .fsrs(let card) = schedule else { return nil }
    return fsrs.retrievability(of: card, at: date)
  }
}
