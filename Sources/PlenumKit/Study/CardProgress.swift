import Foundation
import PlenumScheduling

/// What the log says about one card: its scheduling state and a few counts for display.
public struct CardProgress: Hashable, Sendable {
  /// The scheduler's state after the card's last review.
  public var schedule: CardSchedule
  public var reviews: Int
  /// Times the card was rated Again after it had graduated to review.
  public var lapses: Int
  public var firstReview: Date
  public var lastRating: Rating

  public var due: Date { schedule.due }

  /// True while the card is in (re)learning steps, which come back within the session.
  public var isLearning: Bool {
    switch schedule {
    case .fsrs(let card): card.phase != .review
    case .sm2: false
    }
  }

  /// True once the card has graduated to day-scale intervals.
  public var isInReview: Bool { !isLearning }

  /// Days of memory: FSRS stability, or the SM-2 interval.
  public var stability: Double {
    switch schedule {
    case .fsrs(let card): card.memory?.stability ?? 0
    case .sm2(let card): Double(card.intervalDays)
    }
  }
}
