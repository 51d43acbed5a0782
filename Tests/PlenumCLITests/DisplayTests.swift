import Foundation
import PlenumCLI
import Testing

/// What the learner reads: wrapped to the terminal, no colour where it is not wanted, counts
/// that match what is asked, no topic at 100% called weak.
@Suite("Display")
struct DisplayTests {
  /// A Good review of a card about Yun Kong-hum at 09:00, written as plenum writes it.
  private func sandboxWithOneReview() throws -> Sandbox {
    let sandbox = try Sandbox()
    let card = "event-participant:august-plenum.yun-gongheum"
    try HostileInputFileTests.writeLog(
      [HostileInputFileTests.reviewLine(id: 1, card: card)], in: sandbox)
    return sandbox
  }

  @Test func statsWrapsSaysWhereProgressIsAndCallsNoTopicAtFullRecallWeak() throws {
    let sandbox = try sandboxWithOneReview()
    let result = try sandbox.run(
      ["stats", "--progress", sandbox.progress],
      environment: sandbox.environment(["COLUMNS": "50"]))
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    for line in lines {
      #expect(DisplayWidth.of(String(line)) <= 50, "wider than COLUMNS (50): \(line)")
    }
    #expect(result.stdout.contains("Kept in \(sandbox.learnerFolder())\n"))
    let weakest = try #require(lines.firstIndex { $0.hasPrefix("Weakest topics") })
    #expect(lines[weakest + 1] == "  none: every topic studied is at 100%")
    #expect(!lines.contains { $0.contains("100%  (") })
  }

  @Test func reportWrapsItsTextToTheTerminal() throws {
    let sandbox = try Sandbox()
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("PlenumKitTests/Fixtures/class").path
    let result = try sandbox.run(
      ["report", fixtures],
      environment: sandbox.environment(now: "2026-09-15T09:00:00Z", ["COLUMNS": "60"]))
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    // The students table is numbers and dates in columns; everything after it is text.
    let hardest = try #require(lines.firstIndex { $0.hasPrefix("Hardest cards") })
    for line in lines[..<3] + lines[hardest...] {
      #expect(DisplayWidth.of(line) <= 60, "wider than COLUMNS (60): \(line)")
    }
    #expect(lines.contains("  1     40%        4/10         4  When did Khrushchev"))
  }

  @Test func dumbTerminalGetsNoColour() throws {
    let sandbox = try Sandbox()
    let child = try sandbox.start(
      ["--progress", sandbox.progress],
      environment: sandbox.environment(["TERM": "dumb", "COLUMNS": "80"]),
      streams: .terminal(columns: 80, rows: 24))
    _ = try child.read(
      until: { $0.outputText.contains("Answer with") }, waitingFor: "the first question")
    child.send(":quit\r")
    #expect(try child.finish() == 0)
    #expect(!child.outputText.contains("\u{1B}["), "no colour or other CSI sequence")
  }

  @Test func headerCountsALearningCardThatWillBeAsked() throws {
    let sandbox = try Sandbox()
    let progress = ["--progress", sandbox.progress]
    // Skipped and rated Again at 09:00: back in one minute.
    let first = try sandbox.run(progress, input: "\n\n:quit\n")
    try #require(first.status == 0, "\(first.stderr)")
    let second = try sandbox.run(
      progress + ["--new", "0"], input: ":quit\n",
      environment: sandbox.environment(now: "2026-09-01T09:00:30Z"))
    #expect(second.status == 0)
    let header = SessionTranscript(second.stdout).header.joined(separator: " ")
    #expect(
      header
        == "The August 1956 Plenum of the Korean Workers' Party — 0 due, 0 new, 1 in learning within 20 minutes. Type :help for commands, Ctrl-D to stop. Progress is kept in \(sandbox.learnerFolder())."
    )
    #expect(SessionTranscript(second.stdout).questions.count == 1, "and that card is asked")
  }
}
