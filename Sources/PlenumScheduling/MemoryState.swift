/// The FSRS memory of one card: stability in days and difficulty in [1, 10].
public struct MemoryState: Hashable, Codable, Sendable {
  /// Days until retrievability falls to 90 %.
  public var stability: Double
  /// How hard the card is for this learner, 1 (easy) … 10 (hard).
  public var difficulty: Double

  /// A memory state with the given stability and difficulty, taken as they are.
  public init(stability: Double, difficulty: Double) {
    self.stability = stability
    self.difficulty = difficulty
  }
}
