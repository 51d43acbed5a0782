import PlenumCorpus

/// Derives a deck of questions from a corpus: seeded, deterministic, filterable.
public struct DeckGenerator: Sendable {
  public let corpus: Corpus

  /// Raise this when a change here or in `QuestionBuilder` changes the cards an unchanged
  /// corpus gives: it is part of `DefaultDeck.sourceHash`, so the precomputed default deck is
  /// set aside (and `DefaultDeckTests` fails) until it is regenerated.
  public static let version = 1

  public init(corpus: Corpus) { self.corpus = corpus }

  /// Every card the corpus yields, then the options' filters and size limit.
  ///
  /// The same corpus, options and seed always give the same deck, byte for byte.
  public func generate(_ options: DeckOptions = DeckOptions()) -> Deck {
    let index = CorpusIndex(corpus)
    let builder = QuestionBuilder(index: index, seed: options.seed)
    // A card whose options could not be made is asked in its other forms only.
    var cards = builder.allCards().compactMap { card -> Card? in
      var card = card
      if card.choices.isEmpty { card.forms.removeAll { $0 == .choice } }
      return card.forms.isEmpty ? nil : card
    }
    var seen = Set<String>()
    cards = cards.filter { seen.insert($0.id).inserted && !$0.promptContainsAnswer }
    if let kinds = options.kinds { cards = cards.filter { kinds.contains($0.kind) } }
    if !options.topics.isEmpty {
      cards = cards.filter { !options.topics.isDisjoint(with: $0.topics) }
    }
    if options.from != nil || options.to != nil {
      let low = options.from?.earliestOrdinal ?? Int.min
      let high = options.to?.latestOrdinal ?? Int.max
      cards = cards.filter { card in
        let readings = index.dateReadings(of: card)
        return !readings.isEmpty
          && readings.allSatisfy { topic in
            topic.contains { $0.earliestOrdinal >= low && $0.latestOrdinal <= high }
          }
      }
    }
    if let size = options.size, size < cards.count {
      var rng = SeededGenerator(seed: options.seed, key: "deck-size")
      let keep = Self.sample(cards, size: max(0, size), rng: &rng)
      cards = cards.filter { keep.contains($0.id) }
    }
    return Deck(
      id: options.id ?? corpus.id, title: options.title ?? corpus.title, corpus: corpus.id,
      seed: options.seed, cards: cards, names: index.names)
  }
}

extension DeckGenerator {
  /// `size` card ids drawn at random, one card per sibling key (`Card.sibling`) as long as
  /// keys last: a printed quiz should not ask "When was X?" next to "What happened then?",
  /// nor two gaps of one sentence. Only a quiz larger than the number of keys repeats one.
  static func sample(_ cards: [Card], size: Int, rng: inout SeededGenerator) -> Set<String> {
    let shuffled = cards.shuffled(using: &rng)
    var keys = Set<String>()
    var firsts: [Card] = []
    var seconds: [Card] = []
    for card in shuffled {
      if keys.insert(card.sibling).inserted { firsts.append(card) } else { seconds.append(card) }
    }
    return Set((firsts + seconds).prefix(size).map(\.id))
  }
}

extension CorpusIndex {
  /// The dates of each of a card's dated topics, for `--from`/`--to` filtering: every reading
  /// of an event whose sources disagree on its date (the August Plenum: 30–31 or 30 August
  /// 1956), so a card stays in a period when any reading of each of its topics lies in it.
  func dateReadings(of card: Card) -> [[HistoricalDate]] {
    card.topics.compactMap { topic in
      if let event = events[topic], !event.dates.isEmpty { return event.dates.map(\.date) }
      return sources[topic]?.date.map { [$0] }
    }
  }
}
