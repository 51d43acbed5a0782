import Foundation

/// How the memory model counts elapsed days, and where day-sized intervals end.
///
/// - `rolling24h`: a day is any 24-hour period (py-fsrs). Elapsed days are
///   `floor(seconds / 86400)` and a review card is due exactly `interval × 86400` seconds after
///   its review. Used for parity with the reference vectors.
/// - `calendar(rolloverHour:timeZoneIdentifier:)`: Anki's learning day. A new day starts at
///   `rolloverHour` (e.g. 4 am) on the learner's local clock; elapsed days are the difference of
///   the local day numbers, so reviews at 23:00 and 05:00 the next morning are one day apart,
///   and 05:00 and 03:00 the next night are the same day. A review card reviewed on learning day
///   `d` with an interval of `n` days is due at the rollover hour (local time) that starts learning
///   day `d + n` — the moment that day begins — whatever the time of the review, and whether or
///   not a daylight-saving change happens in between. Minute-scale (re)learning steps are not
///   days and stay exact seconds after the review under both policies.
///
/// An unknown time zone identifier is treated as UTC here; `SchedulerSettings.validate()`
/// reports it so the app never runs with one.
public enum DayPolicy: Hashable, Codable, Sendable {
  /// Whole 24-hour periods since the last review (py-fsrs).
  case rolling24h
  /// Local learning days that begin at `rolloverHour` (0…23) in the given IANA time zone.
  case calendar(rolloverHour: Int, timeZoneIdentifier: String)

  /// Whole days from `start` to `end` under this policy (negative if `end` is earlier).
  public func elapsedDays(from start: Date, to end: Date) -> Int {
    ResolvedDayPolicy(self).elapsedDays(from: start, to: end)
  }

  /// When a card reviewed at `review` with an interval of `days` days falls due.
  public func due(reviewedAt review: Date, afterDays days: Int) -> Date {
    ResolvedDayPolicy(self).due(reviewedAt: review, afterDays: days)
  }
}

/// A `DayPolicy` with its time zone looked up once, for the review hot path (and for callers
/// that count days of a million reviews: `DayPolicy.elapsedDays` looks the zone up per call).
public struct ResolvedDayPolicy: Sendable {
  private static let secondsPerDay = 86_400.0
  /// `nil` for rolling 24-hour days.
  private let timeZone: TimeZone?
  private let rolloverSeconds: Double

  public init(_ policy: DayPolicy) {
    switch policy {
    case .rolling24h:
      timeZone = nil
      rolloverSeconds = 0
    case .calendar(let hour, let identifier):
      timeZone = TimeZone(identifier: identifier) ?? TimeZone(identifier: "UTC")!
      rolloverSeconds = Double(hour) * 3600
    }
  }

  /// Whole days from `start` to `end` (as `DayPolicy.elapsedDays`).
  public func elapsedDays(from start: Date, to end: Date) -> Int {
    guard timeZone != nil else {
      let seconds = end.timeIntervalSinceReferenceDate - start.timeIntervalSinceReferenceDate
      return Int((seconds / Self.secondsPerDay).rounded(.down))
    }
    return dayNumber(of: end) - dayNumber(of: start)
  }

  func due(reviewedAt review: Date, afterDays days: Int) -> Date {
    guard let timeZone else {
      return review.addingTimeInterval(Double(days) * Self.secondsPerDay)
    }
    // Local wall-clock seconds since 1970 of the rollover that starts the due day.
    let reviewOffset = timeZone.secondsFromGMT(for: review)
    let wall =
      Double(dayNumber(of: review, offset: reviewOffset) + days) * Self.secondsPerDay
      + rolloverSeconds
    // Guess the offset at the due instant with the review's own offset, then refine once if a
    // daylight-saving change lies in between; this settles unless the rollover hour itself is skipped.
    let guessOffset = timeZone.secondsFromGMT(
      for: Date(timeIntervalSince1970: wall - Double(reviewOffset)))
    if guessOffset == reviewOffset {
      return Date(timeIntervalSince1970: wall - Double(reviewOffset))
    }
    let offset = timeZone.secondsFromGMT(
      for: Date(timeIntervalSince1970: wall - Double(guessOffset)))
    return Date(timeIntervalSince1970: wall - Double(offset))
  }

  /// The local learning day containing `date`: days since 1970-01-01 of the wall clock shifted back by the rollover.
  private func dayNumber(of date: Date, offset: Int? = nil) -> Int {
    let offset = Double(offset ?? timeZone?.secondsFromGMT(for: date) ?? 0)
    let wall = date.timeIntervalSince1970 + offset - rolloverSeconds
    return Int((wall / Self.secondsPerDay).rounded(.down))
  }
}
