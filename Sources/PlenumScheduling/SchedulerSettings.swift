import Foundation

/// Everything that shapes FSRS scheduling besides the review log itself.
public struct SchedulerSettings: Hashable, Codable, Sendable {
  /// The 21 model parameters w0…w20.
  public var weights: FSRSWeights
  /// The probability of recall the intervals aim for (0.9 = 90 %).
  public var desiredRetention: Double
  /// Minute-scale steps for new cards, in seconds.
  public var learningSteps: [TimeInterval]
  /// Minute-scale steps after a lapse, in seconds.
  public var relearningSteps: [TimeInterval]
  /// The longest interval in days.
  public var maximumInterval: Int
  /// Whether review intervals of 3 days or more are spread by a deterministic fuzz.
  public var fuzz: Bool
  /// How days are counted and where day intervals end.
  public var dayPolicy: DayPolicy

  /// Settings with every field given.
  public init(
    weights: FSRSWeights = .defaults, desiredRetention: Double = 0.9,
    learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600],
    maximumInterval: Int = 36500, fuzz: Bool = true, dayPolicy: DayPolicy = .rolling24h
  ) {
    self.weights = weights
    self.desiredRetention = desiredRetention
    self.learningSteps = learningSteps
    self.relearningSteps = relearningSteps
    self.maximumInterval = maximumInterval
    self.fuzz = fuzz
    self.dayPolicy = dayPolicy
  }

  /// The product defaults for a learner in UTC; use `defaults(timeZoneIdentifier:)` for anyone else.
  public static let defaults = defaults(timeZoneIdentifier: "UTC")

  /// The product defaults: FSRS-6 weights, 90 % retention, steps 1 m, 10 m / 10 m,
  /// 36500 days at most, fuzz on, learning days that begin at 4 am in the learner's time zone.
  public static func defaults(timeZoneIdentifier: String) -> SchedulerSettings {
    SchedulerSettings(dayPolicy: .calendar(rolloverHour: 4, timeZoneIdentifier: timeZoneIdentifier))
  }

  /// py-fsrs 6.3.2's defaults with fuzz off and rolling 24-hour days: the reference vectors' settings.
  public static let pyFSRS = SchedulerSettings(fuzz: false, dayPolicy: .rolling24h)

  /// The retention range the product accepts (py-fsrs itself accepts any value).
  public static let retentionRange: ClosedRange<Double> = 0.70...0.99

  /// Checks the settings against the ranges the product accepts; throws the first problem found.
  public func validate() throws(SchedulerSettingsError) {
    for index in 0..<FSRSWeights.count {
      let range = FSRSWeights.bounds[index]
      let value = weights[index]
      if !range.contains(value) {
        throw .weightOutOfRange(index: index, value: value, allowed: range)
      }
    }
    if !Self.retentionRange.contains(desiredRetention) {
      throw .retentionOutOfRange(desiredRetention)
    }
    for (index, step) in learningSteps.enumerated() where !(step > 0 && step.isFinite) {
      throw .stepNotPositive(relearning: false, index: index, seconds: step)
    }
    for (index, step) in relearningSteps.enumerated() where !(step > 0 && step.isFinite) {
      throw .stepNotPositive(relearning: true, index: index, seconds: step)
    }
    if maximumInterval < 1 {
      throw .maximumIntervalTooSmall(maximumInterval)
    }
    if case .calendar(let hour, let identifier) = dayPolicy {
      if !(0...23).contains(hour) { throw .rolloverHourOutOfRange(hour) }
      if TimeZone(identifier: identifier) == nil { throw .unknownTimeZone(identifier) }
    }
  }
}
