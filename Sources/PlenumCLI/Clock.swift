import Foundation

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
        "PLENUM_NOW is '\(TerminalText.safe(text))', which is not an ISO-8601 time; "
          + "write it like 2026-09-01T09:00:00Z or 2026-09-01T09:00:00+09:00.",
        code: ExitStatus.badEnvironment)
    }
    return StudyClock(start: date)
  }

  static func parse(_ text: String) -> Date? {
    let formatter = ISO8601DateFormatter()
    if let date = formatter.date(from: text) { return date }
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    if let date = formatter.date(from: text) { return date }
    formatter.formatOptions = [.withFullDate]
    return formatter.date(from: text)
  }

  /// The current time on this clock.
  public var now: Date {
    let elapsed = ContinuousClock.now - started
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return start.addingTimeInterval(seconds)
  }
}
