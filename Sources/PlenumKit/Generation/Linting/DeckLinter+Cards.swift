import Foundation
import PlenumCorpus

extension DeckLinter {
  /// The rules one card can break on its own.
  func cardFindings(_ card: Card, index: CorpusIndex) -> [Finding] {
    var findings: [Finding] = []
    func flag(_ rule: Rule, _ detail: String) {
      findings.append(Finding(rule: rule, card: card.id, detail: detail))
    }
    let events = card.topics.compactMap { index.events[$0] }

    // Giveaways among the options.
    if card.kind == .dateEvent, let date = events.first?.date {
      for option in card.choices where option.comparisonKey.contains(date.displayText.comparisonKey)
      {
        flag(.optionNamesTheDate, "option \"\(option)\" spells out \(date.displayText)")
      }
      if QuestionBuilder.namesTheMonth(of: date, in: card.answer) {
        flag(
          .optionNamesTheDate, "the key \"\(card.answer)\" names the month of \(date.displayText)")
      }
    }
    if card.kind == .eventDate, case .date(let date) = card.expected,
      QuestionBuilder.namesTheMonth(of: date, in: card.prompt)
    {
      for option in card.choices where !QuestionBuilder.namesTheMonth(of: date, in: option) {
        flag(
          .optionLeavesNamedMonth,
          "option \"\(option)\" is outside the month of \(date.displayText), which the question names"
        )
      }
    }
    if card.kind != .dateEvent, card.kind != .chronology, card.kind != .firstOfTwo {
      let prompt = card.prompt.comparisonKey
      for event in events where prompt.contains(event.name.comparisonKey) {
        for option in card.choices where option.comparisonKey.contains(event.name.comparisonKey) {
          flag(.optionRepeatsEvent, "option \"\(option)\" repeats \"\(event.name)\"")
        }
      }
    }

    if card.kind == .trueFalse { findings += statementFindings(card, events: events, index: index) }
    if card.kind == .eventParticipant, let event = events.first {
      let present = Set(event.participants.map(\.actor))
      for option in card.choices where option != card.answer {
        if let id = index.nameByKey[option.comparisonKey]?.id, present.contains(id) {
          flag(.distractorSharesEvent, "\"\(option)\" is also recorded at \(event.name)")
        }
      }
    }
    if card.kind == .roleActor, let role = role(of: card, index: index), role.from == nil,
      role.to == nil
    {
      flag(.roleWithoutTime, "\"\(role.title)\" is asked with no time frame")
    }
    if let note = authoringNote(in: card) { flag(.authoringNote, note) }
    if card.prompt.contains("take place"), let event = events.first,
      Self.documentNouns.contains(where: { event.name.lowercased().contains($0) })
    {
      flag(.documentTakesPlace, "\"\(event.name)\" is a document, not an occurrence")
    }
    if card.kind == .quantity,
      let quantity = index.corpus.quantities.first(where: { "quantity:\($0.id)" == card.id }),
      quantity.question == nil
    {
      flag(.quantityFromLabel, "no `question` for \(quantity.id)")
    }
    if Self.restates(card) { flag(.explanationRestates, "\"\(card.explanation)\"") }
    if let detail = Self.keyStandsOut(card) { flag(.keyStandsOut, detail) }
    return findings
  }

  /// Rules for true-or-false statements: a statement true by its own words, one that names
  /// its subject twice, and a false one about someone of another side.
  private func statementFindings(_ card: Card, events: [Event], index: CorpusIndex) -> [Finding] {
    var findings: [Finding] = []
    let prompt = card.prompt.comparisonKey
    if card.fact.hasSuffix(".date"), let event = events.first,
      QuestionBuilder.namesADate(event.name)
    {
      findings.append(
        Finding(rule: .tautology, card: card.id, detail: "\"\(event.name)\" carries its own date"))
    }
    let actors = card.topics.compactMap { index.actors[$0] }
    if let key = actors.first {
      let mentions = prompt.components(separatedBy: key.name.comparisonKey).count - 1
      let expected = card.answer == "true" ? 1 : 0
      if mentions > expected {
        findings.append(
          Finding(
            rule: .statementNamesKey, card: card.id,
            detail: "\(key.name) is named \(mentions) time(s) in a \(card.answer) statement"))
      }
      if actors.count > 1, let substitute = actors.last, substitute.side != key.side {
        findings.append(
          Finding(
            rule: .substituteOfAnotherSide, card: card.id,
            detail:
              "\(substitute.name) (\(substitute.side ?? "no side")) stands in for \(key.name) (\(key.side ?? "no side"))"
          ))
      }
      if actors.count > 1, let substitute = actors.last, let event = events.first,
        event.participants.contains(where: { $0.actor == substitute.id })
      {
        findings.append(
          Finding(
            rule: .distractorSharesEvent, card: card.id,
            detail: "\(substitute.name) is also recorded at \(event.name)"))
      }
    }
    return findings
  }

  /// The role a role card asks about, from its fact id (`<actor>.role.<role>`).
  private func role(of card: Card, index: CorpusIndex) -> Actor.Role? {
    let parts = card.fact.components(separatedBy: ".role.")
    guard parts.count == 2 else { return nil }
    return index.actors[parts[0]]?.roles.first { $0.id == parts[1] }
  }

  /// Marks of the corpus author's workshop that a learner should never see.
  static let authoringMarks = ["`", "(use the", "inferred", "TODO", "FIXME", "cue)", "{{", "}}"]

  private func authoringNote(in card: Card) -> String? {
    let texts =
      [card.prompt, card.answer, card.explanation] + card.choices + card.items
      + card.sources.flatMap { [$0.locator, $0.title, $0.origin ?? ""] }
    for text in texts {
      if let mark = Self.authoringMarks.first(where: { text.contains($0) }) {
        return "\"\(mark)\" in \"\(text)\""
      }
    }
    return nil
  }

  /// Nouns that name a written document, which is written or sent, not held.
  static let documentNouns = [
    "letter", "memo", "statement", "report", "record", "summary", "diary", "directive",
    "remarks", "notice", "reply", "appeal",
  ]

  /// True when every word of the explanation already stands in the prompt or the answer.
  static func restates(_ card: Card) -> Bool {
    let seen = words(card.prompt + " " + card.answer + " " + card.choices.joined(separator: " "))
    let said = words(card.explanation)
    return !said.isEmpty && said.isSubset(of: seen)
  }

  static func words(_ text: String) -> Set<String> {
    Set(
      text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
  }

  /// A key that is by far the longest or the shortest option can be picked without knowing.
  static func keyStandsOut(_ card: Card) -> String? {
    guard card.choices.count >= 3, card.choices.contains(card.answer) else { return nil }
    let key = Double(card.answer.count)
    let others = card.choices.filter { $0 != card.answer }.map { Double($0.count) }
    guard let longest = others.max(), let shortest = others.min() else { return nil }
    if key > 1.8 * longest, key - longest > 12 {
      return "the key has \(Int(key)) characters, the longest other option \(Int(longest))"
    }
    if key * 2.5 < shortest, shortest - key > 12 {
      return "the key has \(Int(key)) characters, the shortest other option \(Int(shortest))"
    }
    return nil
  }
}
