import Foundation

/// One line of a learner's review log, read by the tests independently of PlenumProgress.
public enum LogLine: Equatable {
  /// `{"v":1,"id","card","deck","at","rating","form","answer","verdict","ms"}`.
  case review(LoggedReview)
  /// `{"v":1,"id","undo","at"}`.
  case undo(id: String, undo: String, at: String)
  /// Anything else, kept as text.
  case unreadable(String)

  /// The review this line holds, or nil for an undo or an unreadable line.
  public var review: LoggedReview? {
    if case .review(let review) = self { review } else { nil }
  }
}

/// A review record as the log stores it.
public struct LoggedReview: Equatable {
  public var id: String
  public var card: String
  public var deck: String
  public var at: String
  public var rating: Int
  public var form: String
  public var answer: String
  public var verdict: String
  public var ms: Int
}

/// A log file of a learner folder: its lines, and whether the last one ended.
public struct LogFile {
  public var name: String
  public var lines: [LogLine]
  public var endsWithNewline: Bool

  public var reviews: [LoggedReview] {
    lines.compactMap { if case .review(let review) = $0 { review } else { nil } }
  }

  /// All `reviews-*.jsonl` files of a learner folder, by name.
  public static func all(in folder: String) -> [LogFile] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasPrefix("reviews-") && $0.hasSuffix(".jsonl") }.sorted().map {
      read(folder + "/" + $0, name: $0)
    }
  }

  public static func read(_ path: String, name: String) -> LogFile {
    let data = FileManager.default.contents(atPath: path) ?? Data()
    let text = String(decoding: data, as: UTF8.self)
    var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let ended = text.isEmpty || text.hasSuffix("\n")
    if parts.last == "" { parts.removeLast() }
    return LogFile(name: name, lines: parts.map(parse), endsWithNewline: ended)
  }

  /// Parses one line strictly: exactly the documented fields with the documented types.
  public static func parse(_ line: String) -> LogLine {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
      object["v"] as? Int == 1, let id = object["id"] as? String, let at = object["at"] as? String
    else { return .unreadable(line) }
    let keys = Set(object.keys)
    if keys == ["v", "id", "undo", "at"], let undo = object["undo"] as? String {
      return .undo(id: id, undo: undo, at: at)
    }
    guard keys == ["v", "id", "card", "deck", "at", "rating", "form", "answer", "verdict", "ms"],
      let card = object["card"] as? String, let deck = object["deck"] as? String,
      let rating = object["rating"] as? Int, let form = object["form"] as? String,
      let answer = object["answer"] as? String, let verdict = object["verdict"] as? String,
      let ms = object["ms"] as? Int
    else { return .unreadable(line) }
    return .review(
      LoggedReview(
        id: id, card: card, deck: deck, at: at, rating: rating, form: form, answer: answer,
        verdict: verdict, ms: ms))
  }

  /// Reviews in all files of a folder minus those an undo record takes back.
  public static func effectiveReviews(in folder: String) -> [LoggedReview] {
    let files = all(in: folder)
    var undone = Set<String>()
    for case .undo(_, let target, _) in files.flatMap(\.lines) { undone.insert(target) }
    return files.flatMap(\.reviews).filter { !undone.contains($0.id) }
  }
}

/// `at` ("2026-09-01T09:00:00.714Z") as a date.
public func logTime(_ text: String) -> Date? {
  let formatter = ISO8601DateFormatter()
  formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
  return formatter.date(from: text)
}

/// A date as the session prints it in stamps, "2026-09-01 09:10", in UTC.
public func stamp(_ date: Date) -> String {
  let formatter = DateFormatter()
  formatter.locale = Locale(identifier: "en_US_POSIX")
  formatter.timeZone = TimeZone(identifier: "UTC")
  formatter.dateFormat = "yyyy-MM-dd HH:mm"
  return formatter.string(from: date)
}
