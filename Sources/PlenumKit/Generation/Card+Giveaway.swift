extension Card {
  /// True when the prompt spells out the answer (or one of its accepted spellings), which
  /// would make the question answer itself. Such cards are never put in a deck.
  public var promptContainsAnswer: Bool {
    switch expected {
    case .truth, .order, .choice: return false
    case .name, .text, .date, .number: break
    }
    let prompt = self.prompt.comparisonKey
    return ([answer] + accept).contains { spelling in
      let key = spelling.comparisonKey
      return key.count >= 3 && prompt.contains(key)
    }
  }
}
