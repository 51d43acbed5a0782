import PlenumCorpus

extension QuestionBuilder {
  /// Role, faction, membership and fate questions for every actor, as its `ask` says.
  func actorCards() -> [Card] {
    var cards: [Card] = []
    for actor in index.corpus.actors {
      if actor.ask.includes("role") { cards += roleCards(actor) }
      if actor.ask.includes("faction") { cards += factionCards(actor) }
      if actor.ask.includes("fate") { cards += fateCards(actor) }
    }
    return cards
  }

  /// When a post was held, as the question states it: " in 1956", " from 1950 to 1953".
  static func period(_ role: Actor.Role) -> String {
    switch (role.from, role.to) {
    case (let from?, let to?) where from == to: " in \(from.displayText)"
    case (let from?, let to?): " from \(from.displayText) to \(to.displayText)"
    case (let from?, nil): " from \(from.displayText)"
    case (nil, let to?): " until \(to.displayText)"
    case (nil, nil): ""
    }
  }

  private func roleCards(_ actor: Actor) -> [Card] {
    actor.roles.filter(\.asked).flatMap { role -> [Card] in
      var cards: [Card] = []
      let fact = "\(actor.id).role.\(role.id)"
      let sources = index.cardSources(role.sources)
      let ownTitles = Set(actor.roles.map(\.title.comparisonKey))
      let id = "actor-role:\(fact)"
      var rng = generator(for: id)
      // Posts asked about for people of the same side read as real alternatives; posts the
      // corpus leaves unasked may be the same post in other words ("vice premier").
      let sameSide = index.roles.filter {
        $0.role.asked
          && index.actors[$0.actor].map { $0.side == actor.side && $0.ask.includes("role") }
            ?? false
      }
      let otherTitles = sample(sameSide, Self.candidatePool, rng: &rng)
        .filter { !ownTitles.contains($0.key) }.map(\.role.title)
      let explanation = actor.summary
      if let options = choices(answer: role.title, distractors: otherTitles, rng: &rng) {
        cards.append(
          Card(
            id: id, fact: fact, kind: .actorRole,
            prompt: "Which post did \(actor.name) hold\(Self.period(role))?", answer: role.title,
            choices: options, expected: .choice, forms: [.choice], explanation: explanation,
            sources: sources, topics: [actor.id]))
      }
      // "Who was the …?" is fair only when no one else in the corpus held that post, and the
      // question says when, since posts change hands.
      let holders = index.holders[role.title.comparisonKey] ?? []
      if holders == [actor.id], role.from != nil || role.to != nil {
        let id = "role-actor:\(fact)"
        var rng = generator(for: id)
        // Not a head of party or state for a lesser post, nor someone dead by then.
        let plausible = living(on: role.from ?? role.to).filter { !$0.leader }
        let others = actorDistractors(
          for: actor.id, excluding: holders, pool: plausible, rng: &rng)
        let options = choices(answer: actor.name, distractors: others, rng: &rng)
        cards.append(
          Card(
            id: id, fact: fact, kind: .roleActor,
            prompt: "Who was the \(role.title)\(Self.period(role))?", answer: actor.name,
            accept: actor.aliases, choices: options ?? [], expected: .name(id: actor.id),
            forms: options == nil ? [.typed] : [.choice, .typed], explanation: explanation,
            sources: sources, topics: [actor.id]))
      }
      return cards
    }
  }

  private func factionCards(_ actor: Actor) -> [Card] {
    var cards: [Card] = []
    // A faction no one in the corpus belongs to is a label, not a real alternative.
    let populated = index.corpus.factions.filter { !(index.members[$0.id] ?? []).isEmpty }
    if actor.factions.count == 1, let faction = index.factions[actor.factions[0]] {
      let id = "actor-faction:\(actor.id)"
      var rng = generator(for: id)
      let others = sample(populated, Self.candidatePool, rng: &rng).filter {
        $0.id != faction.id
      }
      let options = choices(answer: faction.name, distractors: others.map(\.name), rng: &rng)
      cards.append(
        Card(
          id: id, fact: "\(actor.id).faction.\(faction.id)", kind: .actorFaction,
          prompt: "Which group is \(actor.name) counted in?", answer: faction.name,
          accept: faction.aliases, choices: options ?? [], expected: .name(id: faction.id),
          forms: options == nil ? [.typed] : [.choice, .typed],
          explanation: "\(actor.summary) \(faction.summary)",
          sources: index.cardSources(actor.sources + faction.sources),
          topics: [actor.id, faction.id]))
    }
    for factionID in actor.factions {
      guard let faction = index.factions[factionID] else { continue }
      let id = "faction-member:\(factionID).\(actor.id)"
      var rng = generator(for: id)
      // Distractors must be known to stand outside the faction, not merely unlisted, and be
      // people whose own group the deck teaches (a CCP veteran counted among Kim's partisans
      // would be arguable either way).
      let outsiders = index.affiliated.filter {
        !$0.factions.contains(factionID) && $0.ask.includes("faction")
      }
      let pool = actorDistractors(for: nil, excluding: [], pool: outsiders, rng: &rng)
      guard let options = choices(answer: actor.name, distractors: pool, rng: &rng) else {
        continue
      }
      cards.append(
        Card(
          id: id, fact: "\(actor.id).faction.\(factionID)", kind: .factionMember,
          prompt: "Which of these people is counted in the \(faction.name)?", answer: actor.name,
          accept: actor.aliases, choices: options, expected: .name(id: actor.id),
          forms: [.choice], explanation: "\(actor.summary) \(faction.summary)",
          sources: index.cardSources(actor.sources + faction.sources),
          topics: [actor.id, factionID]))
    }
    return cards
  }

  private func fateCards(_ actor: Actor) -> [Card] {
    // Another person's "died" is a fair option when its year differs from every reading here.
    let ownFates = Set(actor.fate.map { Self.fateText($0).comparisonKey })
    return actor.fate.filter(\.asked).compactMap { reading in
      let holder = actor.fateIsDisputed ? index.holderLabel(reading.sources) : nil
      let id =
        "actor-fate:\(actor.id)" + (holder.map { _ in "@" + reading.sources[0].source } ?? "")
      var rng = generator(for: id)
      // Fates of comparable people (the same side), one per opening so that two near-identical
      // options ("fled to China on …") never stand side by side.
      var openings = Set([Self.opening(Self.fateText(reading))])
      let others = index.fates
        .filter { $0.actor.id != actor.id && $0.actor.side == actor.side }
        .map { Self.fateText($0.reading) }
        .filter {
          !ownFates.contains($0.comparisonKey) && openings.insert(Self.opening($0)).inserted
        }
      let answer = Self.fateText(reading)
      // Options of a length like the key's, so length alone never singles it out.
      let alike = ranked(others, rng: &rng) { -abs($0.count - answer.count) }
      guard let options = choices(answer: answer, distractors: alike, rng: &rng) else {
        return nil
      }
      let lead = holder.map { "According to \($0), what" } ?? "What"
      var explanation = actor.summary
      if actor.fateIsDisputed {
        // One clause per source, so a source with two readings is named once.
        var byHolder: [(holder: String, fates: [String])] = []
        for other in actor.fate where other.text != reading.text {
          let holder = index.holderLabel(other.sources)
          if let at = byHolder.firstIndex(where: { $0.holder == holder }) {
            byHolder[at].fates.append(Self.fateText(other))
          } else {
            byHolder.append((holder, [Self.fateText(other)]))
          }
        }
        let clauses = byHolder.map {
          "\($0.holder) says he \($0.fates.joined(separator: ", and that he "))"
        }
        explanation += " The sources differ: " + clauses.joined(separator: "; ") + "."
      }
      return Card(
        id: id, fact: "\(actor.id).fate", kind: .actorFate,
        prompt: "\(lead) became of \(actor.name)?", answer: answer,
        choices: options, expected: .choice, forms: [.choice], explanation: explanation,
        sources: index.cardSources(reading.sources), topics: [actor.id],
        disputed: actor.fateIsDisputed)
    }
  }

  /// A fate as an option: a bare verb ("died") gets its year, so it reads like the others.
  static func fateText(_ reading: Actor.FateReading) -> String {
    guard reading.text.split(separator: " ").count <= 2, let date = reading.date else {
      return reading.text
    }
    return "\(reading.text) in \(date.displayText)"
  }

  /// The first three words of a phrase, for telling near-duplicate options apart.
  static func opening(_ text: String) -> String {
    text.split(separator: " ").prefix(3).joined(separator: " ").lowercased()
  }
}
