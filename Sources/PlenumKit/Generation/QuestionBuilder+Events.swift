import PlenumCorpus

extension QuestionBuilder {
  /// Date, place, participant, outcome and cause questions for every event, as its `ask` says.
  func eventCards() -> [Card] {
    var cards: [Card] = []
    for event in index.corpus.events {
      if event.ask.includes("date") { cards += dateCards(event) }
      if event.ask.includes("date-event") { cards += dateEventCards(event) }
      if event.ask.includes("place") { cards += placeCards(event) }
      if event.ask.includes("participants") { cards += participantCards(event) }
      if event.ask.includes("outcomes") { cards += outcomeCards(event) }
      if event.ask.includes("causes") { cards += causeCards(event) }
    }
    return cards
  }

  /// What a card about `event` adds to its prompt: why the event matters, else its summary.
  func explanation(_ event: Event) -> String { event.why ?? event.summary.withoutClozeMarkers }

  /// How a statement places something in the event: its `setting`, else "at <name>".
  static func setting(_ event: Event) -> String { event.setting ?? "at \(event.name)" }

  private func dateCards(_ event: Event) -> [Card] {
    let allDates = event.dates.map(\.date)
    return event.dates.map { reading in
      let disputed = event.dateIsDisputed
      let holder = disputed ? index.holderLabel(reading.sources) : nil
      let id =
        "event-date:\(event.id)" + (holder.map { _ in "@" + reading.sources[0].source } ?? "")
      var rng = generator(for: id)
      let question = event.when ?? "When did \(event.name) take place?"
      // "When did the August Plenum meet?" gives the month away: then the options differ in
      // the day only.
      let distractors = DateDistractors.near(
        reading.date, avoiding: allDates, count: Self.choiceCount - 1,
        withinMonth: reading.date.precision == .day
          && Self.namesTheMonth(of: reading.date, in: question),
        rng: &rng)
      let answer = reading.date.displayText
      let lead = holder.map { "According to \($0), \(question.clauseCased)" } ?? question
      var explanation = explanation(event)
      if disputed {
        // The other readings teach that the sources differ, and who says what.
        let others = event.dates.filter { $0.date != reading.date }.map {
          "\(index.holderLabel($0.sources)) gives \($0.date.displayText)"
        }
        explanation += " The sources differ: " + others.joined(separator: "; ") + "."
      }
      return Card(
        id: id, fact: "\(event.id).date", kind: .eventDate,
        prompt: "\(lead) (\(Self.precisionHint(reading.date)))",
        answer: answer,
        choices: choices(
          answer: answer, distractors: distractors.map(\.displayText), rng: &rng) ?? [],
        expected: .date(reading.date), forms: [.choice, .typed],
        explanation: explanation,
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
    // Options are events of the same story whose names do not carry a date of their own.
    let others = eventDistractors(near: date, excluding: [event.id], rng: &rng).filter { other in
      !other.background && !Self.namesADate(other.name)
        && !other.dates.contains { $0.date.overlaps(date) }
    }
    let answer = event.name.capitalizedFirst
    // "The September Plenum" answers "what happened in September 1956?" by its name alone.
    guard !Self.namesTheMonth(of: date, in: event.name),
      let options = choices(
        answer: answer, distractors: others.map(\.name.capitalizedFirst), rng: &rng)
    else { return [] }
    let preposition = date.precision == .day && !date.isRange ? "on" : "in"
    return [
      Card(
        id: id, fact: "\(event.id).date", kind: .dateEvent,
        prompt: "Which of these happened \(preposition) \(date.displayText)?", answer: answer,
        choices: options, expected: .choice, forms: [.choice], explanation: explanation(event),
        sources: index.cardSources(event.dates[0].sources + event.sources), topics: [event.id])
    ]
  }

  /// True when `text` names the month of `date` ("the September Plenum" for 23 September 1956).
  static func namesTheMonth(of date: HistoricalDate, in text: String) -> Bool {
    guard date.precision >= .month else { return false }
    let month = date.displayText.split(separator: " ").first { $0.first?.isLetter == true }
    return month.map { text.lowercased().contains($0.lowercased()) } ?? false
  }

  /// True when a name carries a year or a month, which would give a date question away.
  static func namesADate(_ text: String) -> Bool {
    let months = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    let lower = text.lowercased()
    let hasYear = lower.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 }
    // "the August Plenum" names a meeting, not a date: a month counts only beside a number.
    let hasDay = months.contains { month in
      lower.range(of: "\\b\\d{1,2} \(month)\\b|\\b\(month) \\d", options: .regularExpression)
        != nil
    }
    return hasYear || hasDay
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
    // Anyone recorded at the event, in whatever part, would make a second right answer.
    let present = Set(event.participants.map(\.actor))
    return event.participants.compactMap { participant in
      guard participant.asked, let actor = index.actors[participant.actor] else { return nil }
      let samePart = event.participants.filter { Self.sameWords($0.part, participant.part) }
      // "Who fled to China?" has four right answers: such parts are asked as true or false.
      guard samePart.count == 1 else { return nil }
      let id = "event-participant:\(event.id).\(actor.id)"
      var rng = generator(for: id)
      let distractors = actorDistractors(
        for: actor.id, excluding: present, pool: living(on: Self.earliestDate(of: event)), rng: &rng
      )
      let options = choices(answer: actor.name, distractors: distractors, rng: &rng)
      // Recognition only: the corpus words each part its own way, so a typed name could be
      // right for a part worded differently elsewhere in the same event.
      guard let options else { return nil }
      let explanation = actor.summary + " " + self.explanation(event)
      return Card(
        id: id, fact: "\(event.id).participant.\(actor.id)", kind: .eventParticipant,
        prompt: "\(Self.setting(event).capitalizedFirst), who \(participant.part)?",
        answer: actor.name, accept: actor.aliases, choices: options,
        expected: .name(id: actor.id), forms: [.choice], explanation: explanation,
        sources: index.cardSources(participant.sources), topics: [event.id, actor.id])
    }
  }

  /// One card per outcome, offered beside the event's decoys: outcomes the sources rule out.
  /// Other events' outcomes are never used, since one event's result is often another's too.
  private func outcomeCards(_ event: Event) -> [Card] {
    guard event.decoys.count >= 2 else { return [] }
    return event.outcomes.filter(\.asked).compactMap { outcome in
      let id = "event-outcome:\(event.id).\(outcome.id)"
      var rng = generator(for: id)
      let answer = outcome.text.capitalizedFirst
      let decoys = self.decoys(event.decoys, around: answer, rng: &rng).map(\.capitalizedFirst)
      guard let options = choices(answer: answer, distractors: decoys, rng: &rng) else {
        return nil
      }
      return Card(
        id: id, fact: "\(event.id).outcome.\(outcome.id)", kind: .eventOutcome,
        prompt: event.outcomeQuestion ?? "Which of these was an outcome of \(event.name)?",
        answer: answer, choices: options, expected: .choice, forms: [.choice],
        explanation: explanation(event),
        sources: index.cardSources(outcome.sources), topics: [event.id])
    }
  }

  /// Three decoys around the key's length, so that neither "pick the longest" nor "never pick
  /// the longest" answers the card: mostly one longer, one shorter and the closest of the rest.
  func decoys(_ all: [String], around answer: String, rng: inout SeededGenerator) -> [String] {
    let count = Self.choiceCount - 1
    let byCloseness = ranked(all, rng: &rng) { -abs($0.count - answer.count) }
    let shorter = byCloseness.filter { $0.count <= answer.count }
    let longer = byCloseness.filter { $0.count > answer.count }
    // One card in four takes the shorter decoys (the key may then be longest), one in four the
    // longer ones; the rest one of each side and the closest of the others.
    var picked: [String]
    switch rng.next() % 4 {
    case 0: picked = Array(shorter.prefix(count))
    case 1: picked = Array(longer.prefix(count))
    default: picked = [longer.first, shorter.first].compactMap { $0 }
    }
    picked += byCloseness.filter { !picked.contains($0) }.prefix(max(0, count - picked.count))
    return picked
  }

  /// "Which of these led to …?" with events that came before it but are not among its causes,
  /// so the order of events alone does not give the answer away.
  private func causeCards(_ event: Event) -> [Card] {
    let ancestors = index.ancestors(of: event.id)
    let descendants = index.descendants(of: event.id)
    guard let start = event.dates.map(\.date.earliestOrdinal).min() else { return [] }
    return event.causes.compactMap { causeID in
      guard let cause = index.events[causeID] else { return nil }
      let id = "cause-effect:\(event.id).\(causeID)"
      var rng = generator(for: id)
      let earlier = eventDistractors(near: event.date, excluding: ancestors, rng: &rng).filter {
        other in
        other.id != event.id && !descendants.contains(other.id) && !other.background
          && other.ask.directions?.isEmpty != true
          && other.dates.allSatisfy { $0.date.latestOrdinal < start }
      }
      let answer = cause.name.capitalizedFirst
      guard
        let options = choices(
          answer: answer, distractors: earlier.map(\.name.capitalizedFirst), rng: &rng)
      else { return nil }
      return Card(
        id: id, fact: "\(event.id).cause.\(causeID)", kind: .causeEffect,
        prompt: "Which of these led to \(event.name)?", answer: answer,
        choices: options, expected: .choice, forms: [.choice],
        explanation: "\(explanation(cause)) \(explanation(event))",
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

  /// Every event that `id` leads to through `causes`, transitively.
  func descendants(of id: String) -> Set<String> {
    var seen: Set<String> = []
    var stack = effects[id] ?? []
    while let next = stack.popLast() {
      guard seen.insert(next).inserted else { continue }
      stack += effects[next] ?? []
    }
    return seen
  }

  /// Who a disputed reading belongs to: an archival document by its locator, any other
  /// source by its author or institution.
  func holderLabel(_ citations: [Citation]) -> String {
    guard let first = citations.first, let source = sources[first.source] else {
      return citations.first?.source ?? "one source"
    }
    if let holder = source.holder { return holder }
    return source.kind == .archival && source.locator.hasPrefix("Document No.")
      ? source.locator : source.origin
  }
}
