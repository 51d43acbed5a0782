import PlenumProgress

/// The reviews in a learner's log of cards the deck does not have (another deck's cards, or
/// cards a corpus edit removed): they are kept in the log and ignored while studying this deck.
public struct StrayReviews: Hashable, Sendable {
  /// The cards not in the deck, sorted by id.
  public var cards: [String]
  /// How many reviews those cards have.
  public var reviews: Int

  /// The reviews among `reviews` whose card `deck` does not have.
  public init(_ reviews: [ReviewRecord], deck: Deck) {
    cards = deck.cardsNotInDeck(reviews.lazy.map(\.card))
    let stray = Set(cards)
    self.reviews = stray.isEmpty ? 0 : reviews.count { stray.contains($0.card) }
  }

  /// Whether every review is of a card in the deck.
  public var isEmpty: Bool { cards.isEmpty }
}

extension Deck {
  /// The ids of the deck's cards.
  public var cardIDs: Set<String> { Set(cards.lazy.map(\.id)) }

  /// The distinct ids among `ids` that are not cards of this deck, sorted.
  public func cardsNotInDeck(_ ids: some Sequence<String>) -> [String] {
    Set(ids).subtracting(cardIDs).sorted()
  }
}
