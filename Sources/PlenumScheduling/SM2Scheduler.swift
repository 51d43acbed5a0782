import Foundation

/// The classic SuperMemo-2 algorithm (Woźniak, 1990), selectable instead of FSRS.
///
/// Our four ratings map to SM-2 quality q as Again → 2, Hard → 3, Good → 4, Easy → 5. Again is 2
/// ("wrong, but the answer seemed easy once shown") rather than 1 because every Plenum card shows
/// the right answer after a miss; either way q < 3 restarts the repetitions.
///
/// On each review, with EF the factor before the review:
/// - q ≥ 3: the interval becomes 1 day, then 6 days, then I × EF rounded up to whole days
///   (SuperMemo's "round it up"), and the repetition count grows by one;
/// - q < 3: repetitions restart at 0 and the interval is 1 day;
/// - then EF' = EF + (0.1 − (5−q)·(0.08 + (5−q)·0.02)), never below 1.3. Like the `supermemo2`
///   package (whose vectors the tests replay) and unlike a strict reading of the 1990 text, EF
///   changes after a failed review too, so repeated misses shorten the card's later intervals.
///
/// Intervals are capped at the settings' maximum interval, and due dates follow the settings' day
/// policy exactly as FSRS review intervals do. SM-2 ignores when the review happened otherwise.
public struct SM2Scheduler: Sendable {
  /// The easiness factor of a new card.
  public static let initialEasiness = 2.5
  /// The lowest easiness factor SM-2 allows.
  public static let minimumEasiness = 1.3

  let maximumInterval: Int
  let days: ResolvedDayPolicy

  /// A scheduler using the maximum interval and day policy of `settings` (the FSRS fields are unused).
  public init(settings: SchedulerSettings = .defaults) {
    maximumInterval = settings.maximumInterval
    days = ResolvedDayPolicy(settings.dayPolicy)
  }

  /// SM-2's quality grade (0…5) for one of our ratings.
  public static func quality(of rating: Rating) -> Int {
    switch rating {
    case .again: 2
    case .hard: 3
    case .good: 4
    case .easy: 5
    }
  }

  /// The card after a review rated `rating` at `date`; `nil` stands for a card never reviewed.
  public func review(_ card: SM2Card?, rating: Rating, at date: Date) -> SM2Card {
    review(card, quality: Self.quality(of: rating), at: date)
  }

  /// The card after a review of SM-2 quality `q` (0…5) at `date`; `nil` stands for a card never reviewed.
  public func review(_ card: SM2Card?, quality q: Int, at date: Date) -> SM2Card {
    precondition((0...5).contains(q), "SM-2 quality is 0…5")
    let card = card ?? .new(at: date)
    var repetitions = card.repetitions
    var interval: Int
    if q >= 3 {
      switch repetitions {
      case 0: interval = 1
      case 1: interval = 6
      default:
        let next = (Double(card.intervalDays) * card.easinessFactor).rounded(.up)
        interval = next >= Double(maximumInterval) ? maximumInterval : Int(next)
      }
      repetitions += 1
    } else {
      repetitions = 0
      interval = 1
    }
    interval = min(interval, maximumInterval)
    let miss = Double(5 - q)
    let easiness = max(
      card.easinessFactor + (0.1 - miss * (0.08 + miss * 0.02)), Self.minimumEasiness)
    return SM2Card(
      repetitions: repetitions, easinessFactor: easiness, intervalDays: interval,
      due: days.due(reviewedAt: date, afterDays: interval), lastReview: date)
  }
}
