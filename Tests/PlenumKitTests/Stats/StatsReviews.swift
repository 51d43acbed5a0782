import Foundation
import PlenumScheduling

@testable import PlenumKit
@testable import PlenumProgress

/// Reviews written out by hand for the stats and report tests: one card, a time, a rating.
enum StatsReviews {
  /// `2026-09-01T10:00:00Z` and the like.
  static func date(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.date(from: text)!
  }

  /// A log record judged correct unless rated Again.
  static func record(_ number: Int, _ card: String, _ at: String, _ rating: Rating)
    -> ReviewRecord
  {
    ReviewRecord(
      id: ReviewID(String(format: "%032x", number)), card: card, deck: "fixture",
      at: Int64(date(at).timeIntervalSince1970 * 1000), rating: rating, form: .typed,
      answer: "", verdict: rating == .again ? .wrong : .correct, ms: 1000)
  }

  /// Card C graduates with Easy on 09-01 (S = 8.3 days), then on 09-05 is rated Good and,
  /// the same learning day, Good and Hard again: only the first of 09-05 counts.
  static let sameDay = [
    record(1, ClassFixture.cardC, "2026-09-01T10:00:00Z", .easy),
    record(2, ClassFixture.cardC, "2026-09-05T10:00:00Z", .good),
    record(3, ClassFixture.cardC, "2026-09-05T10:05:00Z", .good),
    record(4, ClassFixture.cardC, "2026-09-05T18:00:00Z", .hard),
  ]
}
