import Foundation
import PlenumProgress

/// The time `plenum` runs at: the real clock, or `PLENUM_NOW` for tests and demos.
///
/// With `PLENUM_NOW` the clock starts at that instant and then advances with real time, so a
/// scripted session can jump days ahead and still measure answers.
public struct StudyClock: Sendable {
  private let start: Date
  private let started = ContinuousClock.now

  public init(start: Date) { self.start = start }

  /// Reads `PLENUM_NOW` (ISO-8601, e.g. `2026-09-01T09:00:00Z`) or uses the real clock.
  public static func fromEnvironment(_ environment: [String: String]) throws(PlenumError)
    -> StudyClock
  {
    guard let text = environment["PLENUM_NOW"], !text.isEmpty else {
      return StudyClock(start: Date())
    }
    guard let date = parse(text) else {
      throw PlenumError(
        "PLENUM_NOW is '\(text)', which is not an ISO-8601 time with a four-digit year; "
          + "write it like 2026-09-01T09:00:00Z or 2026-09-01T09:00:00+09:00.", .badEnvironment)
    }
    return StudyClock(start: date)
  }

  /// Parsed with the log's own proleptic Gregorian reader, so a time is stored as given:
  /// ISO8601DateFormatter switches to the Julian calendar before 1582, and a review made at
  /// such a PLENUM_NOW was written days away from it. Years are four digits, as in the log.
  static func parse(_ text: String) -> Date? {
    let full =
      text.utf8.count == 10 ? text + "T00:00:00Z" : text
    guard let ms = LogTimestamp.parse(full) else { return nil }
    return Date(timeIntervalSince1970: Double(ms) / 1000)
  }

  /// The current time on this clock.
  public var now: Date {
    let elapsed = ContinuousClock.now - started
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return start.addingTimeInterval(seconds)
  }
}
