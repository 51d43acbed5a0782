extension Card {
  /// The note a card comes from, as Anki calls it: cards with the same sibling key ask about
  /// one fact from two directions ("When was X?" / "What happened then?"), or gaps of one
  /// sentence, so each gives the other's answer away. A quiz takes one of them where it can,
  /// and the study loop leaves a new sibling for another day.
  public var sibling: String {
    guard kind == .cloze, let dot = fact.lastIndex(of: "."),
      fact[fact.index(after: dot)...].allSatisfy(\.isNumber)
    else { return fact }
    return String(fact[..<dot])
  }
}
