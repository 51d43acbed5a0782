import Foundation
import PlenumProgress
import PlenumScheduling

/// Computes a `ClassReport` from the review logs of many learners, a deck and the scheduler
/// settings: one pass over each learner's reviews, nothing quadratic.
public struct ClassReportBuilder: Sendable {
  /// One learner's reviews as the report reads them.
  public struct Learner: Sendable {
    public var name: String
    /// Reviews that count, in time order (as `LogReading.reviews`); undone ones left out.
    public var reviews: [ReviewRecord]
    /// Problems found in the learner's log files.
    public var logProblems: Int
    /// How this learner's cards are scheduled (their `settings.json`); nil for the builder's.
    public var scheduling: LearnerScheduling?

    /// A learner from reviews already filtered.
    public init(
      name: String, reviews: [ReviewRecord], logProblems: Int = 0,
      scheduling: LearnerScheduling? = nil
    ) {
      self.name = name
      self.reviews = reviews
      self.logProblems = logProblems
      self.scheduling = scheduling
    }

    /// A learner from what `ReviewLog.read(learnerFolder:)` found; undone reviews are left out.
    public init(name: String, reading: LogReading, scheduling: LearnerScheduling? = nil) {
      let undone = Set(reading.undos.map(\.undo))
      let reviews =
        undone.isEmpty ? reading.reviews : reading.reviews.filter { !undone.contains($0.id) }
      self.init(
        name: name, reviews: reviews, logProblems: reading.diagnostics.count,
        scheduling: scheduling)
    }
  }

  public var deck: Deck
  /// The settings for learners that bring none of their own.
  public var settings: SchedulerSettings
  public var kind: SchedulerKind

  /// A builder for `deck` (prompts and answers of the cards) folding the logs of learners
  /// without their own `LearnerScheduling` with `settings`.
  public init(deck: Deck, settings: SchedulerSettings, kind: SchedulerKind = .fsrs) {
    self.deck = deck
    self.settings = settings
    self.kind = kind
  }

  /// The report at `now` for all `learners`, in the order given.
  public func build(_ learners: [Learner], now: Date) -> ClassReport {
    var tally = self.tally(now: now)
    for learner in learners { tally.add(learner) }
    return tally.report()
  }

  /// An empty tally to add learners to one at a time, so a large class never has to be held
  /// in memory all at once.
  public func tally(now: Date) -> ClassTally {
    ClassTally(deck: deck, settings: settings, kind: kind, now: now)
  }

  /// The form in which wrong answers are counted together: trimmed and lower-cased.
  public static func normalizedAnswer(_ answer: String) -> String {
    answer.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
  }

  /// True when a review counts as a failure for card difficulty: rated Again, or judged wrong.
  public static func isFailure(_ review: ReviewRecord) -> Bool {
    review.rating == .again || review.verdict == .wrong
  }
}
