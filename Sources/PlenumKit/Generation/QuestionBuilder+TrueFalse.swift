extension QuestionBuilder {
  /// True-or-false statements from participants and dates: each card is, reproducibly,
  /// either the fact itself or a plausible variant the corpus makes false.
  func truthCards() -> [Card] {
    var cards: [Card] = []
    for event in index.corpus.events {
      for participant in event.participants {
        guard let actor = index.actors[participant.actor] else { continue }
        let id = "true-false:\(event.id).participant.\(actor.id)"
        var rng = generator(for: id)
        var name = actor.name
        var truth = true
        if Bool.random(using: &rng) {
          // Anyone the corpus records doing this at the event would make the variant true.
          let doers = Set(
            event.participants.filter { Self.sameWords($0.part, participant.part) }.map(\.actor))
          if let other = actorDistractors(for: actor.id, excluding: doers, rng: &rng).first {
            name = other
            truth = false
          }
        }
        let statement = "At \(event.name), \(name) \(participant.part)."
        cards.append(
          Card(
            id: id, fact: "\(event.id).participant.\(actor.id)", kind: .trueFalse,
            prompt: "True or false: \(statement)", answer: truth ? "true" : "false",
            expected: .truth(truth), forms: [.truth],
            explanation: "\(actor.name) \(participant.part) at \(event.name).",
            sources: index.cardSources(participant.sources), topics: [event.id, actor.id]))
      }
      if let date = event.date {
        let id = "true-false:\(event.id).date"
        var rng = generator(for: id)
        var shown = date
        if Bool.random(using: &rng),
          let other = DateDistractors.near(date, avoiding: [], count: 1, rng: &rng).first
        {
          shown = other
        }
        let preposition = Self.preposition(shown)
        cards.append(
          Card(
            id: id, fact: "\(event.id).date", kind: .trueFalse,
            prompt:
              "True or false: \(event.name.capitalizedFirst) took place \(preposition) \(shown.displayText).",
            answer: shown == date ? "true" : "false", expected: .truth(shown == date),
            forms: [.truth],
            explanation:
              "\(event.name.capitalizedFirst) took place \(Self.preposition(date)) \(date.displayText).",
            sources: index.cardSources(event.sources), topics: [event.id]))
      }
    }
    return cards
  }
}
