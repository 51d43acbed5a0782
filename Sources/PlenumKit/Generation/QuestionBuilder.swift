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

  /// Actor ids ranked as plausible distractors for `actor`: same faction, confusable,
  /// shared events first. `excluded` are actors for whom the question would also be true.
  func actorDistractors(
    for actor: String?, excluding excluded: Set<String>, rng: inout SeededGenerator
  ) -> [String] {
    let target = actor.flatMap { index.actors[$0] }
    let candidates = index.corpus.actors.filter { !excluded.contains($0.id) && $0.id != actor }
    return ranked(candidates, rng: &rng) { other in
      guard let target else { return 0 }
      var score = 0
      if !Set(other.factions).isDisjoint(with: target.factions) { score += 2 }
      if target.confusable.contains(other.id) || other.confusable.contains(target.id) {
        score += 3
      }
      return score
    }.map { index.actorName($0.id) }
  }

  /// Events other than `event`, nearest in time first.
  func eventDistractors(
    near date: HistoricalDate?, excluding excluded: Set<String>, rng: inout SeededGenerator
  ) -> [Event] {
    let candidates = index.corpus.events.filter { !excluded.contains($0.id) }
    return ranked(candidates, rng: &rng) { other in
      guard let date, let otherDate = other.date else { return -400 }
      return -min(400, abs(otherDate.earliestOrdinal - date.earliestOrdinal) / 30)
    }
  }
}
