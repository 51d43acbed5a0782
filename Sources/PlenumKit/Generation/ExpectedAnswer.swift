import PlenumCorpus

/// What a card's answer is, in a form the answer checker can judge.
public enum ExpectedAnswer: Hashable, Sendable, Codable {
  // Codable: ExpectedAnswer+Codable.swift (a flat object with a `type`).

  /// An actor, faction or place, by id; any of its spellings is accepted.
  case name(id: String)
  /// A short term; any of the accepted spellings.
  case text(accepted: [String])
  /// A date at the precision the corpus knows.
  case date(HistoricalDate)
  /// A figure; `approximate` widens what counts as right.
  case number(value: Double, approximate: Bool, unit: String?)
  /// Only the choices identify the answer (statements, interpretations).
  case choice
  /// Items in their correct order.
  case order([String])
  /// A statement that is true or false.
  case truth(Bool)
}
