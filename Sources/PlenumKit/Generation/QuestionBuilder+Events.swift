extension QuestionBuilder {
  /// Date, place, participant, outcome and cause questions for every event.
  func eventCards() -> [Card] {
    var cards: [Card] = []
    for event in index.corpus.events {
      cards += dateCards(event)
      cards += dateEventCards(event)
      cards += placeCards(event)
      cards += participantCards(event)
      cards += outcomeCards(event)
      cards += causeCards(event)
    }
    return cards
  }

  private func explanation(_ event: Event) -> String { event.summary.withoutClozeMarkers }

  private func dateCards(_ event: Event) -> [Card] {
    let allDates = event.dates.map(\.date)
    return event.dates.map { reading in
      let disputed = event.dateIsDisputed
      let holder = disputed ? index.holderLabel(reading.sources) : nil
      let id =
        "event-date:\(event.id)" + (holder.map { _ in "@" + reading.sources[0].source } ?? "")
      var rng = generator(for: id)
      let distractors = DateDistractors.near(
        reading.date, avoiding: allDates, count: Self.choiceCount - 1, rng: &rng)
      let answer = reading.date.displayText
      let lead = holder.map { "According to \($0), when" } ?? "When"
      return Card(
        id: id, fact: "\(event.id).date", kind: .eventDate,
        prompt: "\(lead) did \(event.name) take place? (\(Self.precisionHint(reading.date)))",
        answer: answer,
        choices: choices(
          answer: answer, distractors: distractors.map(\.displayText), rng: &rng) ?? [],
        expected: .date(reading.date), forms: [.choice, .typed],
        explanation: explanation(event),
        sources: index.cardSources(reading.sources + event.sources), topics: [event.id],
        disputed: disputed)
    }
  }

  static func precisionHint(_ date: HistoricalDate) -> String {
    switch (date.precision, date.isRange) {
    case (.day, true): "give the days"
    case (.day, false): "give the day"
    case (.month, true): "give the months"
    case (.month, false): "give the month and year"
    case (.season, _): "give the season and year"
    case (.year, true): "give the years"
    case (.year, false): "give the year"
    }
  }

  private func dateEventCards(_ event: Event) -> [Card] {
    guard let date = event.date, date.precision >= .month else { return [] }
    let id = "date-event:\(event.id)"
    var rng = generator(for: id)
    let others = eventDistractors(near: date, excluding: [event.id], rng: &rng).filter { other in
      !other.dates.contains { $0.date.overlaps(date) }
    }
    let answer = event.name.capitalizedFirst
    guard
      let options = choices(
        answer: answer, distractors: others.map(\.name.capitalizedFirst), rng: &rng)
    else { return [] }
    let preposition = date.precision == .day && !date.isRange ? "on" : "in"
    return [
      Card(
        id: id, fact: "\(event.id).date", kind: .dateEvent,
        prompt: "Which of these took place \(preposition) \(date.displayText)?", answer: answer,
        choices: options, expected: .choice, forms: [.choice], explanation: explanation(event),
        sources: index.cardSources(event.dates[0].sources + event.sources), topics: [event.id])
    ]
  }

  private func placeCards(_ event: Event) -> [Card] {
    guard let placeID = event.place, let place = index.places[placeID] else { return [] }
    let id = "event-place:\(event.id)"
    var rng = generator(for: id)
    let others = sample(index.corpus.places, Self.candidatePool, rng: &rng).filter {
      $0.id != placeID
    }
    let options = choices(answer: place.name, distractors: others.map(\.name), rng: &rng)
    return [
      Card(
        id: id, fact: "\(event.id).place", kind: .eventPlace,
        prompt: "Where did \(event.name) take place?", answer: place.name,
        accept: place.aliases, choices: options ?? [], expected: .name(id: placeID),
        forms: options == nil ? [.typed] : [.choice, .typed], explanation: explanation(event),
        sources: index.cardSources(event.sources + place.sources), topics: [event.id])
    ]
  }

  private func participantCards(_ event: Event) -> [Card] {
    event.participants.compactMap { participant in
      guard let actor = index.actors[participant.actor] else { return nil }
      let samePart = Set(
        event.participants.filter { Self.sameWords($0.part, participant.part) }.map(\.actor))
      let id = "event-participant:\(event.id).\(actor.id)"
      var rng = generator(for: id)
      let distractors = actorDistractors(for: actor.id, excluding: samePart, rng: &rng)
      let options = choices(answer: actor.name, distractors: distractors, rng: &rng)
      // Typed recall is fair only when the corpus names one person for this part.
      let forms: [CardForm] = samePart.count == 1 ? [.choice, .typed] : [.choice]
      guard options != nil || forms.contains(.typed) else { return nil }
      return Card(
        id: id, fact: "\(event.id).participant.\(actor.id)", kind: .eventParticipant,
        prompt: "At \(event.name), who \(participant.part)?", answer: actor.name,
        accept: actor.aliases, choices: options ?? [], expected: .name(id: actor.id),
        forms: options == nil ? [.typed] : forms,
        explanation: "\(actor.name) \(participant.part). \(actor.summary)",
        sources: index.cardSources(participant.sources), topics: [event.id, actor.id])
    }
  }

  private func outcomeCards(_ event: Event) -> [Card] {
    event.outcomes.compactMap { outcome in
      let id = "event-outcome:\(event.id).\(outcome.id)"
      var rng = generator(for: id)
      let others = eventDistractors(near: event.date, excluding: [event.id], rng: &rng)
        .flatMap(\.outcomes).map(\.text.capitalizedFirst)
      let answer = outcome.text.capitalizedFirst
      guard let options = choices(answer: answer, distractors: others, rng: &rng) else {
        return nil
      }
      return Card(
        id: id, fact: "\(event.id).outcome.\(outcome.id)", kind: .eventOutcome,
        prompt: "Which of these was an outcome of \(event.name)?", answer: answer,
        choices: options, expected: .choice, forms: [.choice], explanation: explanation(event),
        sources: index.cardSources(outcome.sources), topics: [event.id])
    }
  }

  private func causeCards(_ event: Event) -> [Card] {
    let ancestors = index.ancestors(of: event.id)
    let start = event.dates.map(\.date.earliestOrdinal).min()
    return event.causes.compactMap { causeID in
      guard let cause = index.events[causeID], let start else { return nil }
      let id = "cause-effect:\(event.id).\(causeID)"
      var rng = generator(for: id)
      // Only events that began after this one cannot have helped cause it.
      let later = eventDistractors(near: event.date, excluding: ancestors, rng: &rng).filter {
        other in
        other.id != event.id && other.dates.allSatisfy { $0.date.earliestOrdinal > start }
      }
      let answer = cause.name.capitalizedFirst
      guard
        let options = choices(
          answer: answer, distractors: later.map(\.name.capitalizedFirst), rng: &rng)
      else { return nil }
      return Card(
        id: id, fact: "\(event.id).cause.\(causeID)", kind: .causeEffect,
        prompt: "Which of these helped bring about \(event.name)?", answer: answer,
        choices: options, expected: .choice, forms: [.choice],
        explanation: "\(cause.summary.withoutClozeMarkers) \(explanation(event))",
        sources: index.cardSources(event.sources + cause.sources), topics: [event.id, causeID])
    }
  }

  /// Two phrases say the same thing when their letters and digits match, case aside.
  static func sameWords(_ a: String, _ b: String) -> Bool { a.comparisonKey == b.comparisonKey }
}

extension CorpusIndex {
  /// Every event that leads to `id` through `causes`, transitively (cycles tolerated).
  func ancestors(of id: String) -> Set<String> {
    var seen: Set<String> = []
    var stack = events[id]?.causes ?? []
    while let next = stack.popLast() {
      guard seen.insert(next).inserted else { continue }
      stack += events[next]?.causes ?? []
    }
    return seen
  }

  /// Who a disputed reading belongs to: an archival document by its locator, any other
  /// source by its author or institution.
  func holderLabel(_ citations: [Citation]) -> String {
    guard let first = citations.first, let source = sources[first.source] else {
      return citations.first?.source ?? "one source"
    }
    return source.kind == .archival && source.locator.hasPrefix("Document No.")
      ? source.locator : source.origin
  }
}
