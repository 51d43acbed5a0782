import Foundation
import PlenumScheduling

/// A learner's progress in numbers: what `plenum stats` prints and `--json` emits.
public struct LearnerStats: Sendable, Encodable {
  /// Reviews on one learning day.
  public struct Day: Sendable, Encodable, Equatable {
    public var date: String
    public var reviews: Int
  }

  /// Retention of first reviews of the day, split by card maturity (Anki's "true retention").
  public struct Retention: Sendable, Encodable, Equatable {
    public var reviews: Int
    public var passed: Int
    public var rate: Double?
  }

  /// How well one topic (event, actor or faction) is known.
  public struct Mastery: Sendable, Encodable, Equatable {
    public var topic: String
    public var name: String
    public var cards: Int
    public var seen: Int
    /// Mean retrievability now over seen cards (0 for none seen).
    public var recall: Double
  }

  /// A card often failed, with the wrong answers given.
  public struct Trouble: Sendable, Encodable, Equatable {
    public var card: String
    public var prompt: String
    public var answer: String
    public var lapses: Int
    public var wrongAnswers: [String]
  }

  public var reviews: Int
  public var cardsSeen: Int
  public var cardsInDeck: Int
  public var dueNow: Int
  public var newAvailable: Int
  /// Share of reviews judged correct.
  public var retention: Double?
  public var desiredRetention: Double
  public var young: Retention
  public var mature: Retention
  /// Young and mature together: the number `plenum report` shows for the learner.
  public var trueRetention: Retention
  /// Cards seen whose stability reached `ClassReport.masteredStabilityDays` (as the report counts).
  public var mastered: Int
  public var perDay: [Day]
  public var forecast: [Day]
  public var streak: Int
  public var mastery: [Mastery]
  public var trouble: [Trouble]
  public var settings: StatsSettings

  enum CodingKeys: String, CodingKey {
    case reviews, retention, young, mature, streak, mastery, trouble, forecast, settings, mastered
    case trueRetention = "true_retention"
    case cardsSeen = "cards_seen"
    case cardsInDeck = "cards_in_deck"
    case dueNow = "due_now"
    case newAvailable = "new_available"
    case desiredRetention = "desired_retention"
    case perDay = "per_day"
  }
}

/// The learner settings `plenum stats` shows.
public struct StatsSettings: Sendable, Encodable, Equatable {
  public var desiredRetention: Double
  public var learningSteps: [Double]
  public var relearningSteps: [Double]
  public var maximumInterval: Int
  public var newPerDay: Int
  public var scheduler: String

  public init(
    desiredRetention: Double, learningSteps: [Double], relearningSteps: [Double],
    maximumInterval: Int, newPerDay: Int, scheduler: String
  ) {
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = maximumInterval
    self.newPerDay = newPerDay
    self.scheduler = scheduler
  }

  enum CodingKeys: String, CodingKey {
    case scheduler
    case desiredRetention = "desired_retention"
    case learningSteps = "learning_steps_seconds"
    case relearningSteps = "relearning_steps_seconds"
    case maximumInterval = "maximum_interval_days"
    case newPerDay = "new_per_day"
  }
}
