/// Where a card is in the FSRS life cycle; raw values match py-fsrs's `State`.
public enum CardPhase: Int, Codable, Sendable, CaseIterable {
  /// New or in its first (minute-scale) learning steps.
  case learning = 1
  /// Scheduled in whole days from its memory state.
  case review = 2
  /// Forgotten in review and going through the relearning steps.
  case relearning = 3
}
