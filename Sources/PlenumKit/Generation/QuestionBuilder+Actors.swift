extension QuestionBuilder {
  /// Role, faction, membership and fate questions for every actor.
  func actorCards() -> [Card] {
    var cards: [Card] = []
    for actor in index.corpus.actors {
      cards += roleCards(actor)
      cards += factionCards(actor)
      cards += fateCards(actor)
    }
    return cards
  }

  static func period(_ role: Actor.Role) -> String {
    switch (role.from, role.to) {
    case (let from?, let to?): " from \(from.displayText) to \(to.displayText)"
    case (let from?, nil): " from \(from.displayText)"
    case (nil, let to?): " until \(to.displayText)"
    case (nil, nil): ""
    }
  }

  private func roleCards(_ actor: Actor) -> [Card] {
    actor.roles.flatMap { role -> [Card] in
      var cards: [Card] = []
      let fact = "\(actor.id).role.\(role.id)"
      let sources = index.cardSources(role.sources)
      let ownTitles = Set(actor.roles.map(\.title.comparisonKey))
      let id = "actor-role:\(fact)"
      var rng = generator(for: id)
      let otherTitles = sample(index.roles, Self.candidatePool, rng: &rng)
        .filter { !ownTitles.contains($0.key) }.map(\.role.title)
      if let options = choices(answer: role.title, distractors: otherTitles, rng: &rng) {
        cards.append(
          Card(
            id: id, fact: fact, kind: .actorRole,
            prompt: "Which post did \(actor.name) hold\(Self.period(role))?", answer: role.title,
            choices: options, expected: .choice, forms: [.choice], explanation: actor.summary,
            sources: sources, topics: [actor.id]))
      }
      // "Who was the …?" is fair only when no one else in the corpus held that post.
      let holders = index.holders[role.title.comparisonKey] ?? []
      if holders == [actor.id] {
        let id = "role-actor:\(fact)"
        var rng = generator(for: id)
        let others = actorDistractors(for: actor.id, excluding: holders, rng: &rng)
        let options = choices(answer: actor.name, distractors: others, rng: &rng)
        cards.append(
          Card(
            id: id, fact: fact, kind: .roleActor,
            prompt: "Who was the \(role.title)\(Self.period(role))?", answer: actor.name,
            accept: actor.aliases, choices: options ?? [], expected: .name(id: actor.id),
            forms: options == nil ? [.typed] : [.choice, .typed], explanation: actor.summary,
            sources: sources, topics: [actor.id]))
      }
      return cards
    }
  }

  private func factionCards(_ actor: Actor) -> [Card] {
    var cards: [Card] = []
    if actor.factions.count == 1, let faction = index.factions[actor.factions[0]] {
      let id = "actor-faction:\(actor.id)"
      var rng = generator(for: id)
      let others = sample(index.corpus.factions, Self.candidatePool, rng: &rng).filter {
        $0.id != faction.id
      }
      let options = choices(answer: faction.name, distractors: others.map(\.name), rng: &rng)
      cards.append(
        Card(
          id: id, fact: "\(actor.id).faction.\(faction.id)", kind: .actorFaction,
          prompt: "Which faction is \(actor.name) counted in?", answer: faction.name,
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
      // Distractors must be known to stand outside the faction, not merely unlisted.
      let outsiders = index.affiliated.filter { !$0.factions.contains(factionID) }
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
    let ownFates = Set(actor.fate.map(\.text.comparisonKey))
    return actor.fate.compactMap { reading in
      let holder = actor.fateIsDisputed ? index.holderLabel(reading.sources) : nil
      let id =
        "actor-fate:\(actor.id)" + (holder.map { _ in "@" + reading.sources[0].source } ?? "")
      var rng = generator(for: id)
      let others = sample(index.fates, Self.candidatePool, rng: &rng)
        .filter { $0.actor != actor.id && !ownFates.contains($0.key) }.map(\.text)
      guard let options = choices(answer: reading.text, distractors: others, rng: &rng) else {
        return nil
      }
      let lead = holder.map { "According to \($0), what" } ?? "What"
      return Card(
        id: id, fact: "\(actor.id).fate", kind: .actorFate,
        prompt: "\(lead) became of \(actor.name)?", answer: reading.text,
        choices: options, expected: .choice, forms: [.choice], explanation: actor.summary,
        sources: index.cardSources(reading.sources), topics: [actor.id],
        disputed: actor.fateIsDisputed)
    }
  }
}
