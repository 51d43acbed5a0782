import Foundation

/// What one study session did, printed when it ends.
struct SessionSummary {
  var reviewed = 0
  var correct = 0
  var started: Date

  init(started: Date) { self.started = started }

  func lines(now: Date, nextDue: Date?) -> [String] {
    let percent = reviewed == 0 ? 0 : Int((Double(correct) / Double(reviewed) * 100).rounded())
    let minutes = Int(now.timeIntervalSince(started) / 60)
    let seconds = Int(now.timeIntervalSince(started)) % 60
    var lines = [
      "Session over: \(reviewed) card\(reviewed == 1 ? "" : "s") reviewed, \(percent)% correct, "
        + "\(minutes)m \(seconds)s."
    ]
    if let nextDue {
      lines.append("Next card due: \(Self.describe(nextDue, from: now)).")
    } else {
      lines.append("No cards are scheduled yet.")
    }
    return lines
  }

  /// "in 10 minutes", "in 3 days (2026-09-04 04:00 UTC)", "now".
  static func describe(_ date: Date, from now: Date) -> String {
    let seconds = date.timeIntervalSince(now)
    if seconds <= 0 { return "now" }
    let stamp = stampFormatter.string(from: date)
    switch seconds {
    case ..<3600: return "in \(count(max(1, Int((seconds / 60).rounded())), "minute")) (\(stamp))"
    case ..<86_400: return "in \(count(Int((seconds / 3600).rounded()), "hour")) (\(stamp))"
    default: return "in \(count(Int((seconds / 86_400).rounded()), "day")) (\(stamp))"
    }
  }

  static func count(_ n: Int, _ unit: String) -> String { "\(n) \(unit)\(n == 1 ? "" : "s")" }

  nonisolated(unsafe) static let stampFormatter: DateFormatter = {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone.current
    formatter.dateFormat = "yyyy-MM-dd HH:mm zzz"
    return formatter
  }()
}
