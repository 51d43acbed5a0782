/// How a card was shown in one review, as the review log keeps it.
///
/// The known cases are the forms this version asks in; a form written by a newer version is
/// kept as `.unknown` with its exact text, so reading, exporting or repairing a log never
/// loses or rewrites it.
public enum ReviewForm: Hashable, Sendable {
  /// Picked one of the lettered choices.
  case choice
  /// Typed the answer.
  case typed
  /// Said whether a statement is true.
  case truth
  /// Put lettered items in order.
  case order
  /// Typed the missing words of a sentence.
  case cloze
  /// A form this version does not know, with the text the log has.
  case unknown(String)

  /// The form the log's text names; any text this version does not know is `.unknown`.
  public init(rawValue: String) {
    switch rawValue {
    case "choice": self = .choice
    case "typed": self = .typed
    case "truth": self = .truth
    case "order": self = .order
    case "cloze": self = .cloze
    default: self = .unknown(rawValue)
    }
  }

  /// The text the log keeps, byte for byte what was read for an unknown form.
  public var rawValue: String {
    switch self {
    case .choice: "choice"
    case .typed: "typed"
    case .truth: "truth"
    case .order: "order"
    case .cloze: "cloze"
    case .unknown(let text): text
    }
  }
}

extension ReviewForm: Codable {
  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
