/// Why the optimizer could not use a review log, or why it declined to fit one.
public enum OptimizerError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The log has too few scored reviews (reviews at least a day after the card's previous one).
  case tooFewReviews(found: Int, needed: Int)
  /// The log's scored reviews come from too few cards.
  case tooFewCards(found: Int, needed: Int)
  /// A review says it happened a negative number of days after the previous one.
  case negativeElapsedDays(card: Int, review: Int, days: Int)
  /// A starting parameter is not a finite number.
  case invalidStartingWeight(index: Int, value: Double)

  public var description: String {
    switch self {
    case .tooFewReviews(let found, let needed):
      "The review log has \(found) reviews made a day or more after the previous one; fitting needs at least \(needed), so the current parameters were kept. Keep studying and run `plenum optimize` again later."
    case .tooFewCards(let found, let needed):
      "The review log covers only \(found) cards reviewed on more than one day; fitting needs at least \(needed), so the current parameters were kept. Study more cards and run `plenum optimize` again later."
    case .negativeElapsedDays(let card, let review, let days):
      "Review \(review + 1) of card \(card + 1) in the optimizer input is \(days) days after the previous one; elapsed days must be 0 or more. Check that the review log is in time order."
    case .invalidStartingWeight(let index, let value):
      "Starting parameter w\(index) is \(value), not a finite number; reset the parameters to the defaults and run `plenum optimize` again."
    }
  }
}
