import Foundation
import Testing

/// Settings, decks and logs written by hand or by someone else: values out of range, a card
/// with no forms, escape sequences in ids. Each is a clear sentence and a documented code;
/// nothing traps and nothing reaches the terminal raw.
@Suite("Hostile settings, decks and logs")
struct HostileInputFileTests {
  static let defaultWeights: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ]

  /// A review line as the log stores it.
  static func reviewLine(id: Int, card: String, at: String = "2026-09-01T09:00:00.000Z")
    -> String
  {
    let hex = String(id, radix: 16)
    let fullID = String(repeating: "0", count: 32 - hex.count) + hex
    let object: [String: Any] = [
      "v": 1, "id": fullID, "card": card, "deck": "august-1956", "at": at, "rating": 3,
      "form": "choice", "answer": "a", "verdict": "correct", "ms": 1200,
    ]
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    return String(decoding: data, as: UTF8.self)
  }

  /// Writes `lines` as a learner's log file (creating the folder 0700).
  static func writeLog(_ lines: [String], in sandbox: Sandbox, learner: String = "default")
    throws
  {
    let folder = sandbox.learnerFolder(learner)
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    try Data(lines.map { $0 + "\n" }.joined().utf8).write(
      to: URL(fileURLWithPath: folder + "/reviews-aaaaaaaaaaaa.jsonl"))
  }

  @Test(arguments: [
    (4, 0.5, "w4 must be from 1 to 10, not 0.5"),
    (0, -3.0, "w0 must be from 0.001 to 100, not -3"),
    (20, 5.0, "w20 must be from 0.1 to 0.8, not 5"),
  ])
  func weightsOutsideTheirRangesAreAClearErrorNotACrash(index: Int, value: Double, detail: String)
    throws
  {
    let sandbox = try Sandbox()
    var weights = Self.defaultWeights
    weights[index] = value
    try Self.writeLog([Self.reviewLine(id: 1, card: "event-date:kwp-third-congress")], in: sandbox)
    let list = weights.map { "\($0)" }.joined(separator: ", ")
    let path = sandbox.learnerFolder() + "/settings.json"
    try Data("{\"weights\": [\(list)]}\n".utf8).write(to: URL(fileURLWithPath: path))
    let result = try sandbox.run(["stats", "--progress", sandbox.progress])
    #expect(result.status == 78)
    #expect(
      result.stderr
        == "plenum: The settings file \(path) has a wrong value for 'weights': \(detail). Fix it or remove the field to use the default.\n"
    )
    #expect(result.stdout == "")
  }

  @Test func gradeOfACardWithNoFormsIsBadDataNotACrash() throws {
    let sandbox = try Sandbox()
    let deckPath = sandbox.root + "/deck.json"
    let generated = try sandbox.run(["generate", "--size", "3", "--out", deckPath])
    try #require(generated.status == 0, "\(generated.stderr)")
    var deck = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: deckPath)))
        as? [String: Any])
    var cards = try #require(deck["cards"] as? [[String: Any]])
    cards[0]["forms"] = [String]()
    let id = try #require(cards[0]["id"] as? String)
    let deckID = try #require(deck["id"] as? String)
    deck["cards"] = cards
    try JSONSerialization.data(withJSONObject: deck).write(to: URL(fileURLWithPath: deckPath))
    let result = try sandbox.run(["grade", id, "anything", "--deck", deckPath])
    #expect(result.status == 65)
    #expect(
      result.stderr
        == "plenum: The card '\(id)' in the deck '\(deckID)' lists no forms (\"forms\": []), so it cannot be asked or graded. Regenerate the deck with 'plenum generate'.\n"
    )
  }

  @Test func gradeFormErrorShowsNoEscapeFromADeckCardID() throws {
    let sandbox = try Sandbox()
    let deckPath = sandbox.root + "/deck.json"
    let generated = try sandbox.run(["generate", "--size", "3", "--out", deckPath])
    try #require(generated.status == 0, "\(generated.stderr)")
    var deck = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: deckPath)))
        as? [String: Any])
    var cards = try #require(deck["cards"] as? [[String: Any]])
    cards[0]["id"] = "evil\u{1B}]52;c;aGk=\u{07}\u{1B}[2Jcard"
    cards[0]["forms"] = ["choice"]
    deck["cards"] = cards
    try JSONSerialization.data(withJSONObject: deck).write(to: URL(fileURLWithPath: deckPath))
    let result = try sandbox.run([
      "grade", "evil\u{1B}]52;c;aGk=\u{07}\u{1B}[2Jcard", "x", "--form", "typed", "--deck",
      deckPath,
    ])
    #expect(result.status == 64)
    #expect(
      result.stderr == "plenum: The card 'evilcard' can be asked as choice; not as 'typed'.\n")
  }

  @Test func exportLogShowsNoEscapeFromALogCardID() throws {
    let sandbox = try Sandbox()
    try Self.writeLog(
      [Self.reviewLine(id: 1, card: "x\u{1B}]0;owned\u{07}\u{1B}[31mred\u{9B}2J")], in: sandbox)
    let result = try sandbox.run(["export-log", "--progress", sandbox.progress])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout
        == "card_id,review_time,review_rating,review_state,review_duration,elapsed_days\r\n"
        + "xred,1788253200000,3,0,1200,-1\r\n")
  }

  @Test func settingsOptionOutOfRangeNamesTheOptionAndIsAUsageError() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["settings", "--retention", "85", "--progress", sandbox.progress])
    #expect(result.status == 64)
    #expect(
      result.stderr.hasPrefix(
        "Error: --retention must be between 0.70 and 0.99 (a fraction: 0.85 means 85%); got 85.\n"),
      "\(result.stderr)")
    #expect(!result.stderr.contains("settings file"))
    #expect(Sandbox.mode(sandbox.progress) == nil, "nothing is written")
    let steps = try sandbox.run([
      "settings", "--learning-steps", "1,0", "--progress", sandbox.progress,
    ])
    #expect(steps.status == 64)
    #expect(
      steps.stderr
        == "plenum: --learning-steps: '0' is not a number of minutes from more than 0 to a year (525600).\n"
    )
  }
}
