/// One review of a card as the optimizer sees it: how many whole days passed since the
/// card's previous review, and the grade given.
public struct ReviewHistoryItem: Hashable, Sendable {
  /// Whole days since the card's previous review; 0 for the first review and for reviews on
  /// the same day as the previous one (those use FSRS-6's short-term formula).
  public var elapsedDays: Int
  /// The grade the learner gave.
  public var rating: Rating

  /// Creates a review `elapsedDays` after the previous one, graded `rating`.
  public init(elapsedDays: Int, rating: Rating) {
    self.elapsedDays = elapsedDays
    self.rating = rating
  }
}

/// A learner's review log, shaped for fitting: one review sequence per card, each in time order.
public struct OptimizerInput: Hashable, Sendable {
  /// Per card, its reviews in time order; the first review's `elapsedDays` is ignored
  /// (treated as 0).
  public var cards: [[ReviewHistoryItem]]

  /// Wraps per-card review sequences.
  public init(cards: [[ReviewHistoryItem]]) {
    self.cards = cards
  }

  /// The number of reviews in the log.
  public var reviewCount: Int { cards.reduce(0) { $0 + $1.count } }
}
