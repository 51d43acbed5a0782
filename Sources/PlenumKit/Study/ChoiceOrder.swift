/// The order a card's choices are shown in at one review.
///
/// Shuffled afresh for every review, so a learner cannot remember the letter instead of the
/// answer; seeded by the card id and the number of the card's earlier reviews, so the order is
/// reproducible (tests, and a review taken back with `:undo` is asked again as it was shown).
public enum ChoiceOrder {
  /// `choices` as shown at the review of `card` that follows `earlierReviews` reviews.
  public static func shown(_ choices: [String], card: String, earlierReviews: Int) -> [String] {
    var generator = SeededGenerator(seed: UInt64(max(0, earlierReviews)), key: "choices " + card)
    return choices.shuffled(using: &generator)
  }
}
