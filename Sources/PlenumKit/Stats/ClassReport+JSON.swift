/// The JSON of a class report writes every field, `null` when there is no value, so a reader
/// (a spreadsheet import, a script) sees the same fields for a student who never studied.
extension ClassReport.Student {
  enum RetentionKeys: String, CodingKey { case reviews, passed, rate }

  /// Encodes every field, absent values as `null`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(reviews, forKey: .reviews)
    try container.encode(correct, forKey: .correct)
    try container.encode(correctShare, forKey: .correctShare)
    var retention = container.nestedContainer(keyedBy: RetentionKeys.self, forKey: .trueRetention)
    try retention.encode(trueRetention.reviews, forKey: .reviews)
    try retention.encode(trueRetention.passed, forKey: .passed)
    try retention.encode(trueRetention.rate, forKey: .rate)
    try container.encode(cardsSeen, forKey: .cardsSeen)
    try container.encode(cardsMastered, forKey: .cardsMastered)
    try container.encode(lastActive, forKey: .lastActive)
    try container.encode(lastActiveAt, forKey: .lastActiveAt)
    try container.encode(daysSinceActive, forKey: .daysSinceActive)
    try container.encode(logProblems, forKey: .logProblems)
  }
}

extension ClassReport.CardDifficulty {
  /// Encodes every field, a card missing from the deck with `null` prompt and answer.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(card, forKey: .card)
    try container.encode(prompt, forKey: .prompt)
    try container.encode(answer, forKey: .answer)
    try container.encode(reviews, forKey: .reviews)
    try container.encode(failures, forKey: .failures)
    try container.encode(failureRate, forKey: .failureRate)
    try container.encode(students, forKey: .students)
  }
}

extension ClassReport.Misconception {
  /// Encodes every field, a card missing from the deck with `null` prompt and answer.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(card, forKey: .card)
    try container.encode(prompt, forKey: .prompt)
    try container.encode(answer, forKey: .answer)
    try container.encode(failureRate, forKey: .failureRate)
    try container.encode(wrongAnswers, forKey: .wrongAnswers)
    try container.encode(common, forKey: .common)
  }
}
