import Foundation

/// The instant written as ISO 8601 in UTC, e.g. "2026-03-08T08:00:00Z" (fixed dates, never the clock).
func utc(_ text: String) -> Date {
  let formatter = ISO8601DateFormatter()
  formatter.formatOptions = [.withInternetDateTime]
  guard let date = formatter.date(from: text) else { fatalError("bad test date \(text)") }
  return date
}
