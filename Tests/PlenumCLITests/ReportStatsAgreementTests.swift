import Foundation
import Testing

/// `plenum report` and `plenum stats` fold each learner with the learner's own settings, so a
/// teacher and the student see the same numbers.
@Suite struct ReportStatsAgreementTests {
  /// The fixture class logs (Tests/PlenumKitTests/Fixtures/class), found from this file.
  static let fixtureClass = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("PlenumKitTests/Fixtures/class").path

  /// Personal weights: initial stabilities of 60 to 90 days that same-day reviews leave as
  /// they are (w17 = w18 = w19 = 0), so a card is mastered (S ≥ 21) as soon as it graduates.
  static let personalWeights = [
    60, 70, 80, 90, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
    0.2629, 1.6483, 0.6014, 1.8729, 0, 0, 0, 0.1542,
  ].map { String($0) }.joined(separator: ", ")

  /// ana on SM-2, dan with personal weights, minji with no settings file.
  static func mixedClass(_ sandbox: Sandbox) throws -> [String] {
    let copies = [("ana", "ana"), ("dan", "dan"), ("minji", "최민지")]
    for (learner, fixture) in copies {
      let folder = sandbox.learnerFolder(learner)
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      let source = fixtureClass + "/" + fixture
      for name in try FileManager.default.contentsOfDirectory(atPath: source)
      where name.hasSuffix(".jsonl") {
        try FileManager.default.copyItem(atPath: source + "/" + name, toPath: folder + "/" + name)
      }
    }
    try Data(#"{"scheduler": "sm2"}"#.utf8).write(
      to: URL(fileURLWithPath: sandbox.learnerFolder("ana") + "/settings.json"))
    try Data(#"{"weights": [\#(personalWeights)]}"#.utf8).write(
      to: URL(fileURLWithPath: sandbox.learnerFolder("dan") + "/settings.json"))
    return copies.map(\.0)
  }

  static func json(_ text: String) throws -> [String: Any] { try JSONText.object(text) }

  @Test func reportAndStatsGiveEveryLearnerTheSameNumbers() throws {
    let sandbox = try Sandbox()
    let learners = try Self.mixedClass(sandbox)
    let environment = sandbox.environment(now: "2026-09-15T09:00:00Z")
    let report = try sandbox.run(["report", "--json", sandbox.progress], environment: environment)
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stderr == "")
    let students = try #require(try Self.json(report.stdout)["students"] as? [[String: Any]])
    #expect(students.compactMap { $0["name"] as? String } == learners)
    var retention: [String: [String: Int]] = [:]
    var mastered: [String: Int] = [:]
    for learner in learners {
      let run = try sandbox.run(
        ["stats", "--json", "--progress", sandbox.progress, "--learner", learner],
        environment: environment)
      #expect(run.status == 0, "\(run.stderr)")
      let stats = try Self.json(run.stdout)
      let student = try #require(students.first { $0["name"] as? String == learner })
      let fromStats = try #require(stats["true_retention"] as? [String: Any])
      let fromReport = try #require(student["true_retention"] as? [String: Any])
      #expect(fromStats["reviews"] as? Int == fromReport["reviews"] as? Int, "\(learner)")
      #expect(fromStats["passed"] as? Int == fromReport["passed"] as? Int, "\(learner)")
      #expect(fromStats["rate"] as? Double == fromReport["rate"] as? Double, "\(learner)")
      #expect(stats["reviews"] as? Int == student["reviews"] as? Int, "\(learner)")
      #expect(stats["cards_seen"] as? Int == student["cards_seen"] as? Int, "\(learner)")
      #expect(stats["retention"] as? Double == student["correct_share"] as? Double, "\(learner)")
      #expect(stats["mastered"] as? Int == student["cards_mastered"] as? Int, "\(learner)")
      retention[learner] = [
        "reviews": fromReport["reviews"] as? Int ?? -1,
        "passed": fromReport["passed"] as? Int ?? -1,
      ]
      mastered[learner] = student["cards_mastered"] as? Int
    }
    // The settings made a difference: folded with the defaults, ana's true retention is 2 of
    // 3 and dan masters nothing (ClassReportTests); minji has no settings file.
    #expect(retention["ana"] != ["reviews": 3, "passed": 2], "\(retention)")
    // dan's A (Again, Again, Good, Good on 09-10) keeps S = w0 = 60 days; B's lapse on 09-12
    // brings it under 21.
    #expect(mastered["dan"] == 1, "\(mastered)")
    #expect(retention["minji"] == ["reviews": 2, "passed": 2])
  }
}
