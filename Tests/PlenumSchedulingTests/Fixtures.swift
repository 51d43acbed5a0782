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

  /// A decoder for the vectors' snake_case keys.
  static func decoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
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
  var fuzzedDays: Int?

  var initialEasiness: Double?

  var isCardHistory: Bool { reviews != nil && scheduler != nil }
  var isSM2History: Bool { reviews != nil && initialEasiness != nil }
  var isFuzzRow: Bool { fuzzedDays != nil }
}

/// Any JSON value, not decoded further.
struct IgnoredValue: Decodable {
  init(from decoder: any Decoder) throws {}
}

/// One py-fsrs card history (`fsrs_vectors.py`, FSRS mode).
struct CardHistory: Decodable {
  struct Settings: Decodable {
    var parameters: [Double]
    var desiredRetention: Double
    var learningSteps: [Double]
    var relearningSteps: [Double]
    var maximumInterval: Int
  }
  struct Review: Decodable {
    var i: Int
    var reviewTs: Double
    var rating: Int
    var elapsedDays: Int?
    var retrievability: Double
    var state: Int
    var step: Int?
    var stability: Double
    var difficulty: Double
    var dueTs: Double
  }
  var cardId: Int
  var scheduler: Settings
  var reviews: [Review]
}

/// One row of the fuzz table: (intervalDays, maximumInterval, u) → fuzzedDays.
struct FuzzRow: Decodable {
  var intervalDays: Int
  var maximumInterval: Int
  var u: Double
  var fuzzedDays: Int
}

/// One `supermemo2` card history (`fsrs_vectors.py --sm2`).
struct SM2History: Decodable {
  struct Review: Decodable {
    var i: Int
    var reviewTs: Double
    var quality: Int
    var easiness: Double
    var intervalDays: Int
    var repetitions: Int
    var dueTs: Double
  }
  var cardId: Int
  var initialEasiness: Double
  var reviews: [Review]
}
