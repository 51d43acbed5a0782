import PlenumCorpus

extension QuestionBuilder {
  /// True-or-false statements about who did what at an event: each card is, reproducibly,
  /// either the fact itself or the same statement about someone of the same side who is not
  /// recorded at the event at all, so the wording alone never settles it.
  func truthCards() -> [Card] {
    var cards: [Card] = []
    for event in index.corpus.events where event.ask.includes("true-false") {
      let present = Set(event.participants.map(\.actor))
      for participant in event.participants where participant.asked {
        guard let actor = index.actors[participant.actor] else { continue }
        let id = "true-false:\(event.id).participant.\(actor.id)"
        var rng = generator(for: id)
        var subject = actor
        if Bool.random(using: &rng),
          let other = substitute(
            for: actor, absentFrom: present, on: Self.earliestDate(of: event), rng: &rng)
        {
          subject = other
        }
        let truth = subject.id == actor.id
        let setting = Self.setting(event)
        let statement = "\(subject.name) \(participant.part) \(setting)."
        var explanation =
          truth
          ? "True. \(actor.summary)"
          : "False: it was \(actor.name) who \(participant.part). \(subject.name) is not recorded "
            + "there. \(subject.name): \(subject.summary)"
        explanation += " " + self.explanation(event)
        cards.append(
          Card(
            id: id, fact: "\(event.id).participant.\(actor.id)", kind: .trueFalse,
            prompt: "True or false: \(statement)", answer: truth ? "true" : "false",
            expected: .truth(truth), forms: [.truth], explanation: explanation,
            sources: index.cardSources(participant.sources),
            topics: [event.id, actor.id] + (truth ? [] : [subject.id])))
      }
    }
    return cards
  }

  /// Someone who could plausibly have done it: the same side, a shared faction or a
  /// confusable name first; never a person recorded at the event, nor one dead by `date`.
  func substitute(
    for actor: Actor, absentFrom present: Set<String>, on date: HistoricalDate?,
    rng: inout SeededGenerator
  ) -> Actor? {
    guard let side = actor.side else { return nil }
    let candidates = living(on: date).filter {
      $0.side == side && !present.contains($0.id) && $0.id != actor.id
    }
    let best = ranked(candidates, rng: &rng) { other in
      // People the deck asks about elsewhere are the ones a learner could mistake.
      var score = index.prominent.contains(other.id) ? 2 : 0
      if !Set(other.factions).isDisjoint(with: actor.factions) { score += 2 }
      if actor.confusable.contains(other.id) || other.confusable.contains(actor.id) { score += 3 }
      return score
    }
    return best.first
  }
}
