/// A generated set of cards with everything needed to ask and grade them offline.
///
/// A deck file is self-contained: it carries the name table the answer checker needs, so a
/// student can study a teacher's deck without the corpus it came from.
public struct Deck: Hashable, Sendable, Codable {
  /// The deck format this build writes and reads.
  public static let formatVersion = 1

  public var format: Int
  public var id: String
  public var title: String
  /// The id of the corpus the deck was generated from.
  public var corpus: String
  public var seed: UInt64
  public var cards: [Card]
  /// Every actor, faction and place with its spellings, for grading names.
  public var names: [NameEntry]

  public init(
    id: String, title: String, corpus: String, seed: UInt64, cards: [Card], names: [NameEntry]
  ) {
    self.format = Deck.formatVersion
    self.id = id
    self.title = title
    self.corpus = corpus
    self.seed = seed
    self.cards = cards
    self.names = names
  }
}
