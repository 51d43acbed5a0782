/// How well the learner recalled a card: the four FSRS/Anki grades.
public enum Rating: Int, Sendable, Codable, CaseIterable, Comparable {
  case again = 1
  case hard = 2
  case good = 3
  case easy = 4

  public static func < (a: Rating, b: Rating) -> Bool { a.rawValue < b.rawValue }

  /// The word shown to learners ("Again", "Hard", "Good", "Easy").
  public var label: String {
    switch self {
    case .again: "Again"
    case .hard: "Hard"
    case .good: "Good"
    case .easy: "Easy"
    }
  }
}
