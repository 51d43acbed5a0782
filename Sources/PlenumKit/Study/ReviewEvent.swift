import Foundation
import PlenumProgress
import PlenumScheduling

/// One rating of one card at one time: what the scheduler needs from a log entry.
public struct ReviewEvent: Hashable, Sendable {
  public var card: String
  public var at: Date
  public var rating: Rating

  public init(card: String, at: Date, rating: Rating) {
    self.card = card
    self.at = at
    self.rating = rating
  }
}

extension ReviewEvent {
  /// What the scheduler needs of a review in the log.
  public init(_ review: ReviewRecord) {
    self.init(card: review.card, at: review.date, rating: review.rating)
  }
}
