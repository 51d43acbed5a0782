import Foundation
import PlenumProgress
import PlenumScheduling

/// How one learner's cards are scheduled: the algorithm and the scheduler settings their
/// `settings.json` asks for.
///
/// The one mapping from `LearnerSettings` to the scheduler's types: study, stats, report,
/// optimize and export-log all fold a log with it, so they cannot disagree about a learner.
public struct LearnerScheduling: Hashable, Sendable {
  /// The scheduler settings (weights, retention, steps, maximum interval, day policy).
  public var settings: SchedulerSettings
  /// FSRS-6 or SM-2.
  public var kind: SchedulerKind

  /// Settings and algorithm given directly (tests, benchmarks).
  public init(settings: SchedulerSettings, kind: SchedulerKind = .fsrs) {
    self.settings = settings
    self.kind = kind
  }

  /// The scheduling `learner` asks for, with learning days that begin at 4 am in the time
  /// zone `timeZoneIdentifier` (the product default); anything `learner` leaves out, or
  /// gets wrong in a way `LearnerSettings.validate` would refuse, falls back to the default.
  public init(_ learner: LearnerSettings, timeZoneIdentifier: String) {
    var settings = SchedulerSettings.defaults(timeZoneIdentifier: timeZoneIdentifier)
    settings.desiredRetention = learner.desiredRetention
    settings.learningSteps = learner.learningStepsMinutes.map { $0 * 60 }
    settings.relearningSteps = learner.relearningStepsMinutes.map { $0 * 60 }
    settings.maximumInterval = learner.maximumIntervalDays
    if let weights = learner.weights, weights.count == FSRSWeights.count {
      settings.weights = FSRSWeights(unchecked: weights)
    }
    self.init(settings: settings, kind: SchedulerKind(rawValue: learner.scheduler) ?? .fsrs)
  }

  /// The fold that turns this learner's log into card states.
  public var fold: ProgressFold { ProgressFold(settings: settings, kind: kind) }
}
