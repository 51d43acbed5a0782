import Foundation
import Testing

/// Values of a log line this version does not know: a verdict is a problem line, never a
/// wrong answer; a form (a newer version's way of asking) is kept and counted.
@Suite struct LogValueTests {
  static func line(id: Int, verdict: String = "correct", form: String = "choice") -> String {
    HostileInputFileTests.reviewLine(id: id, card: "event-date:kwp-third-congress")
      .replacingOccurrences(of: #""verdict":"correct""#, with: #""verdict":"\#(verdict)""#)
      .replacingOccurrences(of: #""form":"choice""#, with: #""form":"\#(form)""#)
  }

  static func stats(_ sandbox: Sandbox) throws -> (RunResult, [String: Any]) {
    let result = try sandbox.run(
      ["stats", "--json", "--progress", sandbox.progress],
      environment: sandbox.environment(now: "2026-09-03T10:00:00Z"))
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return (result, try #require(object as? [String: Any]))
  }

  @Test func anUnknownVerdictIsReportedAndNotCountedAsWrong() throws {
    let sandbox = try Sandbox()
    try HostileInputFileTests.writeLog(
      [Self.line(id: 1), Self.line(id: 2, verdict: "partial")], in: sandbox)
    let problem =
      "reviews-aaaaaaaaaaaa.jsonl:2: the line is not a valid review record: the field 'verdict' "
      + "must be correct, close, wrong or skipped, not 'partial'; it was skipped and left in place"

    let (stats, object) = try Self.stats(sandbox)
    #expect(stats.status == 0)
    #expect(stats.stderr == "plenum: \(problem)\n")
    #expect(object["reviews"] as? Int == 1)
    #expect(object["retention"] as? Double == 1.0)

    let doctor = try sandbox.run(["doctor", "--progress", sandbox.progress])
    #expect(doctor.status == 65)
    #expect(doctor.stdout.contains("\n  \(problem)\n"), "\(doctor.stdout)")
  }

  @Test func anUnknownFormIsCountedAndKeptByteForByte() throws {
    let sandbox = try Sandbox()
    let lines = [Self.line(id: 1), Self.line(id: 2, form: "drag-and-drop")]
    try HostileInputFileTests.writeLog(lines, in: sandbox)
    let log = sandbox.learnerFolder() + "/reviews-aaaaaaaaaaaa.jsonl"
    let before = try Data(contentsOf: URL(fileURLWithPath: log))

    let (stats, object) = try Self.stats(sandbox)
    #expect(stats.status == 0)
    #expect(stats.stderr == "")
    #expect(object["reviews"] as? Int == 2)

    let repair = try sandbox.run(["doctor", "--repair", "--progress", sandbox.progress])
    #expect(repair.status == 0, "\(repair.stdout)")
    #expect(repair.stdout.hasPrefix("No unreadable lines to move.\nNo problems: 2 reviews"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
  }
}
