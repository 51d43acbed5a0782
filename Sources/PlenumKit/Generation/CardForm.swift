import PlenumProgress

/// How a card is put to the learner in one review.
public enum CardForm: String, Hashable, Sendable, Codable, CaseIterable {
  /// Pick one of the lettered choices (by letter or by text).
  case choice
  /// Type the answer.
  case typed
  /// Say whether a statement is true.
  case truth
  /// Put lettered items in order.
  case order
  /// Type the missing words of a sentence.
  case cloze
}

extension CardForm {
  /// The form as the review log keeps it (always a known one).
  public var reviewForm: ReviewForm {
    switch self {
    case .choice: .choice
    case .typed: .typed
    case .truth: .truth
    case .order: .order
    case .cloze: .cloze
    }
  }
}
