import PlenumScheduling

/// A learner's study settings, kept in `<learner>/settings.json`.
///
/// Plain numbers and strings on purpose: the scheduler maps them to its own types, so this
/// file format does not change when the scheduler does.
public struct LearnerSettings: Hashable, Sendable {
  /// The recall probability the scheduler aims for, 0.70–0.99.
  public var desiredRetention: Double
  /// Learning steps of a new card, in minutes.
  public var learningStepsMinutes: [Double]
  /// Relearning steps after a lapse, in minutes.
  public var relearningStepsMinutes: [Double]
  /// The longest interval the scheduler may give, in days.
  public var maximumIntervalDays: Int
  /// How many new cards a day the session introduces.
  public var newCardsPerDay: Int
  /// "fsrs" or "sm2".
  public var scheduler: String
  /// Custom FSRS-6 weights w0…w20 (21 numbers), or nil for the defaults.
  public var weights: [Double]?

  /// Creates settings; the defaults are FSRS's.
  public init(
    desiredRetention: Double = 0.9, learningStepsMinutes: [Double] = [1, 10],
    relearningStepsMinutes: [Double] = [10], maximumIntervalDays: Int = 36500,
    newCardsPerDay: Int = 20, scheduler: String = "fsrs", weights: [Double]? = nil
  ) {
    self.desiredRetention = desiredRetention
    self.learningStepsMinutes = learningStepsMinutes
    self.relearningStepsMinutes = relearningStepsMinutes
    self.maximumIntervalDays = maximumIntervalDays
    self.newCardsPerDay = newCardsPerDay
    self.scheduler = scheduler
    self.weights = weights
  }

  /// The file name inside the learner folder.
  public static let fileName = "settings.json"

  /// The schedulers a learner can choose.
  public static let schedulers = ["fsrs", "sm2"]

  /// The JSON field names, in the order they are written.
  public static let fieldNames = [
    "desired_retention", "learning_steps_minutes", "relearning_steps_minutes",
    "maximum_interval_days", "new_cards_per_day", "scheduler", "weights",
  ]

  /// The allowed desired retention.
  public static let retentionRange = 0.70...0.99
  /// The allowed maximum interval, in days.
  public static let maximumIntervalRange = 1...36500
  /// The allowed number of new cards a day.
  public static let newCardsRange = 0...10_000

  /// A number as a person writes it: 1 rather than 1.0.
  static func number(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
  }

  /// Checks every value; the error names the file and the field.
  public func validate(path: String) throws(ProgressError) {
    func bad(_ field: String, _ detail: String) -> ProgressError {
      ProgressError(.invalidSetting(path: path, field: field, detail: detail))
    }
    guard desiredRetention.isFinite, Self.retentionRange.contains(desiredRetention) else {
      throw bad("desired_retention", "it must be between 0.70 and 0.99, not \(desiredRetention)")
    }
    for (field, steps) in [
      ("learning_steps_minutes", learningStepsMinutes),
      ("relearning_steps_minutes", relearningStepsMinutes),
    ] {
      if let step = steps.first(where: { !$0.isFinite || $0 <= 0 || $0 > 1_440 * 365 }) {
        throw bad(field, "each step must be more than 0 and at most a year of minutes, not \(step)")
      }
    }
    guard Self.maximumIntervalRange.contains(maximumIntervalDays) else {
      throw bad("maximum_interval_days", "it must be from 1 to 36500, not \(maximumIntervalDays)")
    }
    guard Self.newCardsRange.contains(newCardsPerDay) else {
      throw bad("new_cards_per_day", "it must be from 0 to 10000, not \(newCardsPerDay)")
    }
    guard Self.schedulers.contains(scheduler) else {
      throw bad("scheduler", "it must be \"fsrs\" or \"sm2\", not \"\(scheduler)\"")
    }
    if let weights {
      guard weights.count == 21 else {
        throw bad("weights", "it must list 21 numbers (w0 to w20), not \(weights.count)")
      }
      if let index = weights.firstIndex(where: { !$0.isFinite }) {
        throw bad("weights", "w\(index) is not a finite number")
      }
      // Outside these ranges the FSRS formulas leave the numbers (a negative stability, an
      // interval past Int) and the scheduler would trap.
      for (index, (value, range)) in zip(weights, FSRSWeights.bounds).enumerated()
      where !range.contains(value) {
        throw bad(
          "weights",
          "w\(index) must be from \(Self.number(range.lowerBound)) to \(Self.number(range.upperBound)), not \(Self.number(value))"
        )
      }
    }
  }
}
