import Foundation

/// The FSRS scheduling state of one card after its latest review (py-fsrs's `Card`, without an id).
///
/// Kept small and free of references so a fold over a million reviews allocates nothing per review.
public struct FSRSCard: Hashable, Codable, Sendable {
  /// Learning, review or relearning.
  public var phase: CardPhase
  /// The current (re)learning step, 0-based; `nil` in review.
  public var step: Int?
  /// Stability and difficulty; `nil` for a card never reviewed.
  public var memory: MemoryState?
  /// When the card should next be shown.
  public var due: Date
  /// When the card was last reviewed; `nil` for a card never reviewed.
  public var lastReview: Date?

  /// A card with every field given.
  public init(phase: CardPhase, step: Int?, memory: MemoryState?, due: Date, lastReview: Date?) {
    self.phase = phase
    self.step = step
    self.memory = memory
    self.due = due
    self.lastReview = lastReview
  }

  /// A card never reviewed, due at `date` (learning, step 0, no memory).
  public static func new(at date: Date) -> FSRSCard {
    FSRSCard(phase: .learning, step: 0, memory: nil, due: date, lastReview: nil)
  }
}
