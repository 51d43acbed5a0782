import Foundation

/// The SuperMemo-2 scheduling state of one card after its latest review.
public struct SM2Card: Hashable, Codable, Sendable {
  /// Successful reviews in a row since the last lapse (SM-2's n).
  public var repetitions: Int
  /// The easiness factor EF, at least 1.3; 2.5 for a new card.
  public var easinessFactor: Double
  /// The current interval in days (SM-2's I).
  public var intervalDays: Int
  /// When the card should next be shown.
  public var due: Date
  /// When the card was last reviewed.
  public var lastReview: Date?

  /// A card with every field given.
  public init(
    repetitions: Int, easinessFactor: Double, intervalDays: Int, due: Date, lastReview: Date?
  ) {
    self.repetitions = repetitions
    self.easinessFactor = easinessFactor
    self.intervalDays = intervalDays
    self.due = due
    self.lastReview = lastReview
  }

  /// A card never reviewed, due at `date`: no repetitions, EF 2.5, no interval.
  public static func new(at date: Date) -> SM2Card {
    SM2Card(
      repetitions: 0, easinessFactor: SM2Scheduler.initialEasiness, intervalDays: 0, due: date,
      lastReview: nil)
  }
}
