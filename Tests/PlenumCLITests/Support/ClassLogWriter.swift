import Foundation

/// Writes a small class of review logs that exercises every rule of the log the class report
/// depends on, from a seed: several device files per student, the same review copied into two
/// files, a conflicting copy, undos (one of a review that is not there), a line that is not
/// JSON, reviews with one bad field, a torn last line, sessions at every hour (so some cross
/// the 4 am rollover and the end of daylight saving time), wrong answers typed with different
/// case and spaces, and students with their own settings (SM-2, no learning steps, no
/// relearning steps, three steps), one with none and one who never studied.
struct ClassLogWriter {
  /// Each student: name, settings.json (nil for none), devices, days studied.
  static let students: [(name: String, settings: String?, devices: Int, days: Int)] = [
    ("ana", #"{"scheduler": "sm2"}"#, 2, 40),
    ("ben", #"{"learning_steps_minutes": []}"#, 2, 45),
    ("chloe", #"{"relearning_steps_minutes": []}"#, 3, 45),
    (
      "dmitri", #"{"learning_steps_minutes": [1, 5, 30], "relearning_steps_minutes": [5, 20]}"#, 2,
      30
    ),
    ("eun", nil, 1, 45),
    ("farid", nil, 3, 45),
    ("gus", #"{"scheduler": "sm2"}"#, 0, 0),
  ]
  static let cards = (0..<30).map { String(format: "card-%02d", $0) }
  static let wrongAnswers = [" Pyongyang ", "PYONGYANG", "pyongyang", "Beijing", "", "moscow\t"]
  /// 2026-10-01T00:00:00Z.
  static let firstDay: Int64 = 1_790_812_800_000

  /// The same seed gives the same class.
  var generator: SplitMix64

  init(seed: UInt64) { generator = SplitMix64(seed: seed) }

  /// Writes the class into `folder` (one folder per student) and returns the students' names.
  mutating func write(classFolder folder: String) throws -> [String] {
    for student in Self.students {
      let learner = folder + "/" + student.name
      try FileManager.default.createDirectory(
        atPath: learner, withIntermediateDirectories: true)
      if let settings = student.settings {
        try Data(settings.utf8).write(to: URL(fileURLWithPath: learner + "/settings.json"))
      }
      guard student.devices > 0 else { continue }
      var files = [String](repeating: "", count: student.devices)
      for day in 0..<student.days where below(5) != 0 {
        session(day: Int64(day), devices: student.devices, into: &files)
      }
      if student.name == "chloe" {
        files[0] += "this is not JSON\n"
        // Reviews plenum skips for one bad field each: no deck, a negative time taken, a time
        // without its offset.
        var reviews: [String] = []
        for _ in 0..<3 {
          reviews.append(
            Self.line(
              id: id(), card: Self.cards[0], at: Self.firstDay + 3_600_000, rating: 3,
              verdict: "correct", answer: "the answer"))
        }
        reviews[0] = reviews[0].replacingOccurrences(of: #""deck":"plenum-1956","#, with: "")
        reviews[1] = reviews[1].replacingOccurrences(of: #""ms":4200"#, with: #""ms":-1"#)
        reviews[2] = reviews[2].replacingOccurrences(of: #".000Z""#, with: #".000""#)
        files[0] += reviews.joined()
        files[1] += undo(of: id(), at: Self.firstDay + 3_000_000)
        files[2] += #"{"v":1,"id":"0123"#
      }
      for (index, text) in files.enumerated() {
        let path = learner + "/reviews-\(String(repeating: "\(index + 1)", count: 12)).jsonl"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      }
    }
    return Self.students.map(\.name)
  }

  /// One day's session: 5 to 24 reviews from a random hour on, on one device, some of them
  /// copied to another device's file, undone, or copied with a different rating.
  private mutating func session(day: Int64, devices: Int, into files: inout [String]) {
    let device = below(devices)
    var at = Self.firstDay + day * 86_400_000 + Int64(below(86_400_000))
    let known = min(Self.cards.count, 6 + Int(day) / 2)
    for _ in 0..<(5 + below(20)) {
      at += Int64(20_000 + below(600_000))
      let card = Self.cards[below(known)]
      let draw = below(100)
      let rating = draw < 15 ? 1 : draw < 30 ? 2 : draw < 85 ? 3 : 4
      let verdictDraw = below(100)
      let verdict: String
      if rating == 1 {
        verdict = verdictDraw < 80 ? "wrong" : "skipped"
      } else {
        verdict = verdictDraw < 85 ? "correct" : verdictDraw < 95 ? "close" : "wrong"
      }
      let answer =
        verdict == "wrong"
        ? Self.wrongAnswers[below(Self.wrongAnswers.count)] : "the answer"
      let review = id()
      let line = Self.line(
        id: review, card: card, at: at, rating: rating, verdict: verdict, answer: answer)
      files[device] += line
      let extra = below(100)
      if extra < 6, devices > 1 {
        files[(device + 1) % devices] += line
      } else if extra < 8 {
        files[device] += undo(of: review, at: at + 1_000)
      } else if extra < 9, devices > 1 {
        // The same id with other content in a later file: plenum keeps the earlier file's.
        files[(device + 1) % devices] += Self.line(
          id: review, card: card, at: at, rating: 5 - rating, verdict: verdict, answer: answer)
      }
    }
  }

  private mutating func below(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }

  private mutating func id() -> String {
    String(format: "%016llx%016llx", generator.next(), generator.next())
  }

  private mutating func undo(of review: String, at: Int64) -> String {
    #"{"v":1,"id":"\#(id())","undo":"\#(review)","at":"\#(Self.timestamp(at))"}"# + "\n"
  }

  static func line(
    id: String, card: String, at: Int64, rating: Int, verdict: String, answer: String
  ) -> String {
    let escaped = answer.replacingOccurrences(of: "\t", with: "\\t")
    return #"{"v":1,"id":"\#(id)","card":"\#(card)","deck":"plenum-1956","at":"\#(timestamp(at))","#
      + #""rating":\#(rating),"form":"typed","answer":"\#(escaped)","verdict":"\#(verdict)","ms":4200}"#
      + "\n"
  }

  /// `at` (epoch ms) as the log writes it: 2026-10-01T05:03:02.123Z.
  static func timestamp(_ at: Int64) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    let seconds = formatter.string(from: Date(timeIntervalSince1970: Double(at / 1000)))
    return seconds.dropLast() + String(format: ".%03dZ", Int(at % 1000))
  }
}
