import Foundation
import PlenumScheduling

/// Anki's "true retention", counted while a log is folded: the first review of a card on a
/// learning day, counted only when the card had already graduated to review; Again is a fail.
///
/// `plenum stats` and `plenum report` both count with this, so they give one learner the
/// same number.
public struct TrueRetention: Sendable {
  /// Cards whose interval before the review was under `LearnerStatsBuilder.matureDays`.
  public private(set) var young = LearnerStats.Retention(reviews: 0, passed: 0, rate: nil)
  /// Cards whose interval before the review reached `LearnerStatsBuilder.matureDays`.
  public private(set) var mature = LearnerStats.Retention(reviews: 0, passed: 0, rate: nil)
  private var lastDayOfCard: [String: Int] = [:]
  private let policy: ResolvedDayPolicy
  private let now: Date

  /// An empty count, with learning days as `policy` counts them (relative to `now`).
  public init(policy: DayPolicy, now: Date) {
    self.policy = ResolvedDayPolicy(policy)
    self.now = now
  }

  /// Young and mature together.
  public var all: LearnerStats.Retention {
    var total = LearnerStats.Retention(reviews: 0, passed: 0, rate: nil)
    total.add(reviews: young.reviews + mature.reviews, passed: young.passed + mature.passed)
    return total
  }

  /// Counts one review, given the card's state before it (`nil` for a new card); call it
  /// for every review in time order, before the review is folded into the state.
  public mutating func count(
    card: String, at date: Date, rating: Rating, before previous: CardProgress?
  ) {
    let day = policy.elapsedDays(from: now, to: date)
    let lastDay = lastDayOfCard.updateValue(day, forKey: card)
    guard let previous, previous.isInReview, lastDay != day else { return }
    let passed = rating != .again ? 1 : 0
    let interval = Double(
      policy.elapsedDays(from: previous.schedule.lastReview ?? date, to: previous.due))
    if interval >= LearnerStatsBuilder.matureDays {
      mature.add(reviews: 1, passed: passed)
    } else {
      young.add(reviews: 1, passed: passed)
    }
  }
}

extension LearnerStats.Retention {
  /// Adds reviews and passes, keeping `rate` their ratio (nil with no reviews).
  mutating func add(reviews: Int, passed: Int) {
    self.reviews += reviews
    self.passed += passed
    rate = self.reviews == 0 ? nil : Double(self.passed) / Double(self.reviews)
  }
}
