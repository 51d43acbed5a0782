extension DeckLinter {
  /// The same prompt with different answers: a learner cannot tell which one is meant.
  func duplicatePrompts(_ deck: Deck) -> [Finding] {
    var answers: [String: (card: String, answer: String)] = [:]
    var findings: [Finding] = []
    for card in deck.cards where card.kind != .chronology && card.kind != .firstOfTwo {
      // Order questions share their instruction; their items differ.
      let key = card.prompt + "\u{1F}" + card.choices.sorted().joined(separator: "\u{1F}")
      if let first = answers[key], first.answer != card.answer {
        findings.append(
          Finding(
            rule: .duplicatePrompt, card: card.id,
            detail: "\"\(card.prompt)\" is also \(first.card), answered \"\(first.answer)\""))
      } else if answers[key] == nil {
        answers[key] = (card.id, card.answer)
      }
    }
    return findings
  }

  /// Whether the deck spends its cards on what matters: dates, background, repeats.
  func balanceFindings(_ deck: Deck, index: CorpusIndex) -> [Finding] {
    guard !deck.cards.isEmpty else { return [] }
    var findings: [Finding] = []
    let total = Double(deck.cards.count)
    let dateCards = deck.cards.filter { Self.asksADate($0) }
    if Double(dateCards.count) > Self.maxDateShare * total {
      findings.append(
        Finding(
          rule: .tooManyDateCards, card: nil,
          detail: "\(dateCards.count) of \(deck.cards.count) cards ask dates"))
    }
    let background = deck.cards.filter { isBackground($0, index: index) }
    if Double(background.count) > Self.maxBackgroundShare * total {
      findings.append(
        Finding(
          rule: .tooMuchBackground, card: nil,
          detail: "\(background.count) of \(deck.cards.count) cards are background"))
    }
    var perEvent: [String: Int] = [:]
    for card in deck.cards where Self.asksEventDate(card) {
      if let event = card.topics.first { perEvent[event, default: 0] += 1 }
    }
    for (event, count) in perEvent.sorted(by: { $0.key < $1.key })
    where count > Self.maxDateQuestionsPerEvent {
      findings.append(
        Finding(
          rule: .dateAskedTooOften, card: nil,
          detail: "the date of \(event) is asked \(count) times"))
    }
    findings += keyLengthFindings(deck)
    return findings
  }

  /// A kind whose key is usually the longest option teaches learners to pick the longest.
  func keyLengthFindings(_ deck: Deck) -> [Finding] {
    var longest: [CardKind: (key: Int, all: Int)] = [:]
    for card in deck.cards where card.choices.count >= 3 {
      let isLongest = card.choices.allSatisfy { $0 == card.answer || $0.count < card.answer.count }
      longest[card.kind, default: (0, 0)].all += 1
      if isLongest { longest[card.kind, default: (0, 0)].key += 1 }
    }
    return longest.sorted { $0.key.rawValue < $1.key.rawValue }.compactMap { kind, tally in
      guard tally.all >= Self.keyLongestMinimumCards,
        Double(tally.key) > Self.maxKeyLongestShare * Double(tally.all)
      else { return nil }
      return Finding(
        rule: .keyLongestTooOften, card: nil,
        detail:
          "in \(tally.key) of \(tally.all) \(kind.rawValue) cards the key is the longest option")
    }
  }

  static func asksADate(_ card: Card) -> Bool {
    dateKinds.contains(card.kind) || (card.kind == .trueFalse && card.fact.hasSuffix(".date"))
  }

  /// Cards whose answer is one event's date, in either direction or as a statement.
  static func asksEventDate(_ card: Card) -> Bool {
    [.eventDate, .dateEvent].contains(card.kind)
      || (card.kind == .trueFalse && card.fact.hasSuffix(".date"))
  }

  /// A card about background only: every event it names is marked `background` in the
  /// corpus (for the embedded one: Poland, Hungary, the Soviet succession, the Korean War).
  func isBackground(_ card: Card, index: CorpusIndex) -> Bool {
    let events = card.topics.compactMap { index.events[$0] }
    return !events.isEmpty && events.allSatisfy(\.background)
  }
}
