import PlenumCorpus

/// Turns indexed corpus facts into cards, one template per kind (see the extensions).
///
/// Each card draws its randomness from a generator seeded by the deck seed and the card id,
/// so adding a fact elsewhere in the corpus never reshuffles the choices of this card.
struct QuestionBuilder {
  let index: CorpusIndex
  let seed: UInt64
  /// How many options a multiple-choice question shows.
  static let choiceCount = 4

  func allCards() -> [Card] {
    let templates: [() -> [Card]] = [
      eventCards, actorCards, documentCards, quantityCards, claimCards, orderCards, truthCards,
      clozeCards,
    ]
    return templates.flatMap { $0() }
  }

  func generator(for cardID: String) -> SeededGenerator { SeededGenerator(seed: seed, key: cardID) }

  /// The answer and up to three distractors, shuffled; nil when fewer than two distractors
  /// exist (a choice between two is not worth asking as multiple choice).
  func choices(answer: String, distractors: [String], rng: inout SeededGenerator) -> [String]? {
    var pool: [String] = []
    let answerKey = answer.lowercased()
    for candidate in distractors
    where candidate.lowercased() != answerKey && !pool.contains(candidate) {
      pool.append(candidate)
      if pool.count == Self.choiceCount - 1 { break }
    }
    guard pool.count >= 2 else { return nil }
    return (pool + [answer]).shuffled(using: &rng)
  }

  /// Candidates ranked by a closeness score (higher first), ties broken reproducibly.
  func ranked<T>(_ candidates: [T], rng: inout SeededGenerator, score: (T) -> Int) -> [T] {
    candidates.map { ($0, score($0), rng.next()) }
      .sorted { ($1.1, $0.2) < ($0.1, $1.2) }
      .map(\.0)
  }

  /// At most about this many candidates are scored per question, so generation time grows
  /// linearly with the corpus rather than with its square.
  static let candidatePool = 24

  /// Up to `count` items drawn reproducibly without repetition (all of them when few).
  func sample<T>(_ items: [T], _ count: Int, rng: inout SeededGenerator) -> [T] {
    guard items.count > count else { return items }
    var picked = Set<Int>()
    var result: [T] = []
    while result.count < count {
      let index = Int(rng.next() % UInt64(items.count))
      if picked.insert(index).inserted { result.append(items[index]) }
    }
    return result
  }

  /// Actor names ranked as plausible distractors for `actor`: confusable names first, then
  /// members of the same faction, then others of the same side. People of another side (a
  /// Soviet leader beside Korean officials) are offered only when too few of the same side
  /// remain. `excluded` are actors for whom the question would also be true; `pool` limits
  /// the candidates (default: every actor).
  func actorDistractors(
    for actor: String?, excluding excluded: Set<String>, pool: [Actor]? = nil,
    rng: inout SeededGenerator
  ) -> [String] {
    let target = actor.flatMap { index.actors[$0] }
    let everyone = pool ?? index.corpus.actors
    var candidates: [Actor] = []
    if let target {
      candidates += target.confusable.compactMap { index.actors[$0] }
      let mates = target.factions.flatMap { index.members[$0] ?? [] }
      candidates += sample(mates, Self.candidatePool / 2, rng: &rng).compactMap { index.actors[$0] }
      if let side = target.side {
        let allies = everyone.filter { $0.side == side }
        candidates += sample(allies, Self.candidatePool, rng: &rng)
      }
    }
    candidates += sample(everyone, Self.candidatePool, rng: &rng)
    var seen = Set<String>()
    candidates = candidates.filter {
      !excluded.contains($0.id) && $0.id != actor && seen.insert($0.id).inserted
    }
    let sameSide = candidates.filter { $0.side == target?.side }
    // Two of the same side make a fair three-option question; a foreigner as the fourth
    // option ("Molotov" for the PRC's ambassador) is one the learner strikes out unread.
    let enoughOfTheSide = target?.side != nil && sameSide.count >= Self.choiceCount - 2
    if enoughOfTheSide {
      candidates = sameSide
      // People the deck teaches make real alternatives; obscure names and the party leader as
      // "who was made vice chairman?" do not.
      let known = candidates.filter { index.prominent.contains($0.id) }
      if known.count >= Self.choiceCount - 1 { candidates = known }
    }
    if !enoughOfTheSide, candidates.count < Self.choiceCount - 1 {
      // Few usable candidates in the sample: fall back to scanning everyone.
      candidates = everyone.filter { !excluded.contains($0.id) && $0.id != actor }
    }
    return ranked(candidates, rng: &rng) { other in
      guard let target else { return 0 }
      var score = 0
      if other.side != nil, other.side == target.side { score += 4 }
      if !Set(other.factions).isDisjoint(with: target.factions) { score += 2 }
      if target.confusable.contains(other.id) || other.confusable.contains(target.id) {
        score += 3
      }
      return score
    }.map { index.actorName($0.id) }
  }

  /// Events other than `excluded`, nearest in time first: the dated neighbours of `date`
  /// and a reproducible sample of the rest.
  func eventDistractors(
    near date: HistoricalDate?, excluding excluded: Set<String>, rng: inout SeededGenerator
  ) -> [Event] {
    var candidates = sample(index.corpus.events, Self.candidatePool / 2, rng: &rng)
    if let date {
      let dated = index.datedEvents
      let at = index.datedPosition(date.earliestOrdinal)
      let low = max(0, at - Self.candidatePool / 2)
      let high = min(dated.count, at + Self.candidatePool / 2)
      candidates = Array(dated[low..<high]) + candidates
    }
    var seen = Set<String>()
    candidates = candidates.filter { !excluded.contains($0.id) && seen.insert($0.id).inserted }
    return ranked(candidates, rng: &rng) { other in
      guard let date, let otherDate = other.date else { return -400 }
      return -min(400, abs(otherDate.earliestOrdinal - date.earliestOrdinal) / 30)
    }
  }
}
