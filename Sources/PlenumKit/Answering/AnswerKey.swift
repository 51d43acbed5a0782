import PlenumCorpus

/// What a card stores as its answer, in a form the checker can grade any typed reply against.
public enum AnswerKey: Hashable, Codable, Sendable {
  /// A person, faction or place, looked up by id in the `NameIndex`; `display` is shown.
  case name(id: String, display: String)
  /// A short term; any of `accepted` is right, compared without case, punctuation or accents.
  case text(accepted: [String], display: String)
  /// A date at the precision the corpus knows.
  case date(HistoricalDate)
  /// A number; `approximate` when the sources give a round figure ("about 30,000").
  case number(value: Double, approximate: Bool, unit: String?)
  /// Multiple choice: the choices are shown as a) b) c) …; `correct` indexes `choices`.
  /// `typed` is the key a typed answer to the card would be graded by; text typed instead of
  /// a letter is read as that kind of answer (a date, a name, a number), and so is every
  /// other choice. Without it the choices are phrases (names when the index knows them).
  indirect case choice(correct: Int, choices: [String], typed: AnswerKey? = nil)
  /// Chronology: `shown` items are lettered a) b) c) …; `correct` lists their indices in order.
  case order(correct: [Int], shown: [String])
  /// True or false.
  case truth(Bool)
}
