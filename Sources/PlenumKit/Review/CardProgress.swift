import Foundation
import PlenumScheduling

/// What the log says about one card: its scheduling state and a few counts for display.
public struct CardProgress: Hashable, Sendable {
  /// The scheduler's state after the card's last review.
  public var schedule: FSRSCard
  public var reviews: Int
  /// Times the card was rated Again after it had graduated to review.
  public var lapses: Int
  public var firstReview: Date
  public var lastRating: Rating

  /// Days of stability, or 0 while the card has no memory state.
  public var stability: Double { schedule.memory?.stability ?? 0 }
}
