/// A scheduler setting outside the range the product accepts.
public enum SchedulerSettingsError: Error, Hashable, Sendable, CustomStringConvertible {
  /// Weight `w<index>` lies outside its reference bounds.
  case weightOutOfRange(index: Int, value: Double, allowed: ClosedRange<Double>)
  /// The desired retention lies outside `SchedulerSettings.retentionRange`.
  case retentionOutOfRange(Double)
  /// A (re)learning step is zero, negative or not finite.
  case stepNotPositive(relearning: Bool, index: Int, seconds: Double)
  /// The maximum interval is below one day.
  case maximumIntervalTooSmall(Int)
  /// The calendar day policy's rollover hour is not 0…23.
  case rolloverHourOutOfRange(Int)
  /// The calendar day policy names a time zone this system does not know.
  case unknownTimeZone(String)

  /// A complete sentence: what is wrong and what to do.
  public var description: String {
    switch self {
    case .weightOutOfRange(let index, let value, let allowed):
      "Scheduler weight w\(index) is \(value), outside its allowed range "
        + "\(allowed.lowerBound)…\(allowed.upperBound); set it inside that range or reset the weights to the defaults."
    case .retentionOutOfRange(let value):
      "Desired retention is \(value), outside the allowed range 0.7…0.99; choose a value in that range (0.9 is the default)."
    case .stepNotPositive(let relearning, let index, let seconds):
      "\(relearning ? "Relearning" : "Learning") step \(index + 1) is \(seconds) seconds; every step must be a positive duration."
    case .maximumIntervalTooSmall(let days):
      "Maximum interval is \(days) days; it must be at least 1 day."
    case .rolloverHourOutOfRange(let hour):
      "Day rollover hour is \(hour); it must be an hour from 0 to 23 (4 is the default)."
    case .unknownTimeZone(let identifier):
      "Time zone \"\(identifier)\" is unknown; use an IANA name such as Europe/Berlin or UTC."
    }
  }
}
