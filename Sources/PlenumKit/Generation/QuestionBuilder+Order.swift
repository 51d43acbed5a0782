extension QuestionBuilder {
  /// Chronology (order 4 events) and "which came first" questions over agreed dates.
  func orderCards() -> [Card] {
    let events = separable(index.datedEvents)
    var cards: [Card] = []
    // Each chronology card orders every third event with the three after it, spread out.
    var start = 0
    while start + 6 < events.count {
      let id0 = "chronology-window:\(events[start].id)"
      var rng = generator(for: id0)
      let window = Array(events[start..<min(events.count, start + 10)])
      let picked = window.shuffled(using: &rng).prefix(4).sorted {
        $0.date!.earliestOrdinal < $1.date!.earliestOrdinal
      }
      if let card = chronology(Array(picked)) { cards.append(card) }
      start += 3
    }
    for i in stride(from: 0, to: events.count - 2, by: 2) {
      cards.append(firstOfTwo(events[i], events[i + 2]))
    }
    return cards
  }

  /// Keeps events whose dates do not overlap their neighbours', so every order is certain.
  private func separable(_ events: [Event]) -> [Event] {
    var kept: [Event] = []
    for event in events {
      guard let date = event.date else { continue }
      if let last = kept.last, last.date!.latestOrdinal >= date.earliestOrdinal { continue }
      kept.append(event)
    }
    return kept
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
        .joined(separator: " "),
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
      explanation: "\(answer): \(earlier.date!.displayText); \(later.name): \(later.date!.displayText).",
      sources: index.cardSources(earlier.sources + later.sources),
      topics: [earlier.id, later.id])
  }
}
