import PlenumCorpus

extension QuestionBuilder {
  /// Chronology (order 4 events) and "which came first" questions over agreed dates.
  func orderCards() -> [Card] {
    // Only events worth ordering, whose names do not carry their dates.
    let events = index.datedEvents.filter {
      $0.ask.includes("order") && !$0.background && !Self.namesADate($0.name)
    }
    var cards: [Card] = []
    var seenSets = Set<[String]>()
    // From every second event, follow the chain of the next events that certainly come later.
    for start in stride(from: 0, to: events.count, by: 2) {
      let chain = Self.chain(from: start, in: events, length: 4)
      if chain.count == 4, seenSets.insert(chain.map(\.id).sorted()).inserted,
        let card = chronology(chain)
      {
        cards.append(card)
      }
      // A pair where one led to the other is ordered by reasoning, not knowledge.
      if chain.count >= 2, start % 4 == 0,
        !index.ancestors(of: chain[1].id).contains(chain[0].id)
      {
        cards.append(firstOfTwo(chain[0], chain[1]))
      }
    }
    return cards
  }

  /// Up to `length` events from `start` on, each beginning after the previous one ends, so
  /// their order is certain whatever the precision of their dates.
  static func chain(from start: Int, in events: [Event], length: Int) -> [Event] {
    var chain = [events[start]]
    for event in events[(start + 1)...] {
      if event.date!.earliestOrdinal > chain.last!.date!.latestOrdinal { chain.append(event) }
      if chain.count == length { break }
    }
    return chain
  }

  private func chronology(_ events: [Event]) -> Card? {
    guard events.count >= 3 else { return nil }
    let id = "chronology:" + events.map(\.id).sorted().joined(separator: "+")
    var rng = generator(for: id)
    let names = events.map(\.name.capitalizedFirst)
    var shown = names.shuffled(using: &rng)
    if shown == names { shown.reverse() }
    return Card(
      id: id, fact: events.map(\.id).joined(separator: "<"), kind: .chronology,
      prompt: "Put these in the order they happened, earliest first.",
      answer: names.joined(separator: " → "), items: shown, expected: .order(names),
      forms: [.order],
      explanation: events.map { "\($0.name.capitalizedFirst): \($0.date!.displayText)." }
        .joined(separator: " ") + " " + explanation(events[events.count - 1]),
      sources: index.cardSources(events.flatMap(\.sources)), topics: events.map(\.id))
  }

  private func firstOfTwo(_ earlier: Event, _ later: Event) -> Card {
    let id = "first-of-two:\(earlier.id)+\(later.id)"
    var rng = generator(for: id)
    let answer = earlier.name.capitalizedFirst
    let options = [answer, later.name.capitalizedFirst].shuffled(using: &rng)
    return Card(
      id: id, fact: "\(earlier.id)<\(later.id)", kind: .firstOfTwo,
      prompt: "Which came first?", answer: answer, choices: options, expected: .choice,
      forms: [.choice],
      explanation:
        "\(answer): \(earlier.date!.displayText); \(later.name): \(later.date!.displayText).",
      sources: index.cardSources(earlier.sources + later.sources),
      topics: [earlier.id, later.id])
  }
}
