import Foundation
import Testing

/// The reference vectors shipped in the test target's `Fixtures/` resource folder.
enum Fixtures {
  /// Every `*.jsonl` file in `Fixtures/`, sorted by name.
  static func vectorFiles() throws -> [URL] {
    let folder = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
    return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "jsonl" }
      .sorted { $0.lastPathComponent < $1.lastPathComponent }
  }

  /// The non-empty lines of `file` as JSON data, with their 1-based line numbers.
  static func lines(of file: URL) throws -> [(number: Int, data: Data)] {
    let text = try String(contentsOf: file, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .filter { !$0.element.isEmpty }
      .map { (number: $0.offset + 1, data: Data($0.element.utf8)) }
  }
}

/// The shape of one line, to tell card histories from fuzz table rows.
struct VectorShape: Decodable {
  var reviews: [IgnoredValue]?
  var scheduler: IgnoredValue?
  var fuzzed_days: Int?

  var isCardHistory: Bool { reviews != nil && scheduler != nil }
  var isFuzzRow: Bool { fuzzed_days != nil }
}

/// Any JSON value, not decoded further.
struct IgnoredValue: Decodable {
  init(from decoder: any Decoder) throws {}
}

/// One py-fsrs card history (`fsrs_vectors.py`, FSRS mode).
struct CardHistory: Decodable {
  struct Settings: Decodable {
    var parameters: [Double]
    var desired_retention: Double
    var learning_steps: [Double]
    var relearning_steps: [Double]
    var maximum_interval: Int
  }
  struct Review: Decodable {
    var i: Int
    var review_ts: Double
    var rating: Int
    var elapsed_days: Int?
    var retrievability: Double
    var state: Int
    var step: Int?
    var stability: Double
    var difficulty: Double
    var due_ts: Double
  }
  var card_id: Int
  var scheduler: Settings
  var reviews: [Review]
}

/// One row of the fuzz table: (interval_days, maximum_interval, u) → fuzzed_days.
struct FuzzRow: Decodable {
  var interval_days: Int
  var maximum_interval: Int
  var u: Double
  var fuzzed_days: Int
}
