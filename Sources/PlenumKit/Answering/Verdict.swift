import PlenumProgress

/// A graded answer: the verdict, the answer the card expected, and why it was not correct.
public struct Judgement: Hashable, Sendable {
  /// How the answer was graded.
  public var verdict: Verdict
  /// The expected answer as the learner should read it ("Choe Chang-ik", "30–31 August 1956").
  public var expected: String
  /// Why the answer is close or wrong ("that is Choe Yong-geon, another person"); nil if nothing to add.
  public var note: String?
  /// For a multiple-choice key, the one choice the answer picked (by letter or by text), so
  /// the log can keep the choice's text whatever its letter was; nil otherwise.
  public var chosen: Int?

  public init(verdict: Verdict, expected: String, note: String? = nil, chosen: Int? = nil) {
    self.verdict = verdict
    self.expected = expected
    self.note = note
    self.chosen = chosen
  }
}

/// What checking an answer produced: a judgement, or a request to answer again.
public enum AnswerOutcome: Hashable, Sendable {
  /// The answer was graded.
  case judged(Judgement)
  /// The answer has the wrong shape (a missing letter, no number); the message says what to type.
  case invalid(String)

  /// The judgement, or nil when the learner must answer again.
  public var judgement: Judgement? {
    if case .judged(let judgement) = self { return judgement }
    return nil
  }

  /// The verdict, or nil when the learner must answer again.
  public var verdict: Verdict? { judgement?.verdict }
}
