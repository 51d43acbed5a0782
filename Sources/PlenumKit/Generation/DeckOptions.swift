import PlenumCorpus

/// What to put in a generated deck: which kinds, which topics, which period, how many.
public struct DeckOptions: Hashable, Sendable {
  public var id: String?
  public var title: String?
  public var seed: UInt64
  /// Only these kinds; nil = all kinds.
  public var kinds: Set<CardKind>?
  /// Only cards about these actor, faction or event ids (any of them); empty = all.
  public var topics: Set<String>
  /// Only cards whose dated topics fall in this period (inclusive): a topic whose sources give
  /// several dates falls in it when any of them does; nil = unbounded.
  public var from: HistoricalDate?
  public var to: HistoricalDate?
  /// At most this many cards, chosen reproducibly from the seed; nil = all.
  public var size: Int?

  /// True when the kinds, topics or period leave out part of what the corpus yields.
  public var isFiltered: Bool { kinds != nil || !topics.isEmpty || from != nil || to != nil }

  public init(
    id: String? = nil, title: String? = nil, seed: UInt64 = 1956, kinds: Set<CardKind>? = nil,
    topics: Set<String> = [], from: HistoricalDate? = nil, to: HistoricalDate? = nil,
    size: Int? = nil
  ) {
    self.id = id
    self.title = title
    self.seed = seed
    self.kinds = kinds
    self.topics = topics
    self.from = from
    self.to = to
    self.size = size
  }
}
