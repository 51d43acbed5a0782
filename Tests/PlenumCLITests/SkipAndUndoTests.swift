import Foundation
import Testing

/// `:skip` and `:undo` do what their help says: a skipped card comes back in the session
/// even under the daily new-card limit, and undo reaches ratings saved before a restart.
@Suite("Skip and undo", .serialized)
struct SkipAndUndoTests {
  @Test func skippedNewCardComesBackUnderTheDailyNewCardLimit() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      ["--progress", sandbox.progress, "--new", "1"], input: ":skip\n\n\n:quit\n")
    #expect(result.status == 0, "\(result.stderr)")
    let questions = SessionTranscript(result.stdout).questions
    try #require(questions.count >= 2, "\(result.stdout)")
    #expect(questions[0].after.last == "Skipped for now; it comes back at the end of the session.")
    #expect(questions[1].prompt == questions[0].prompt, "the skipped card is the one asked")
    let reviews = LogFile.effectiveReviews(in: sandbox.learnerFolder())
    #expect(reviews.count == 1)
  }

  @Test func undoAfterARestartTakesBackTheLastRatingOfTheEarlierSession() throws {
    let sandbox = try Sandbox()
    let progress = ["--progress", sandbox.progress]
    let first = try sandbox.run(progress, input: "\n3\n:quit\n")
    try #require(first.status == 0, "\(first.stderr)")
    let asked = SessionTranscript(first.stdout).questions[0]
    let second = try sandbox.run(
      progress, input: ":undo\n:quit\n",
      environment: sandbox.environment(now: "2026-09-01T10:00:00Z"))
    #expect(second.status == 0, "\(second.stderr)")
    let questions = SessionTranscript(second.stdout).questions
    try #require(questions.count == 2)
    #expect(
      questions[0].after.joined(separator: " ")
        == "Took back your Good rating of this card: \(asked.prompt)")
    #expect(questions[1].prompt == asked.prompt, "the card is asked again")
    #expect(LogFile.effectiveReviews(in: sandbox.learnerFolder()).isEmpty)
    let lines = LogFile.all(in: sandbox.learnerFolder()).flatMap(\.lines)
    #expect(lines.count == 2)
    // And once everything is taken back, there is nothing left.
    let third = try sandbox.run(progress, input: ":undo\n:quit\n")
    #expect(
      SessionTranscript(third.stdout).questions[0].after.first
        == "Nothing to undo: the log has no rating left to take back.")
  }
}

extension SkipAndUndoTests {
  @Test func aVeryLongAnswerIsKeptToItsFirstFiveHundredCharactersAndSaysSo() throws {
    let sandbox = try Sandbox()
    let long = String(repeating: "x", count: 700)
    let result = try sandbox.run(["--progress", sandbox.progress], input: long + "\n\n:quit\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stdout.replacingOccurrences(of: "\n", with: " ").contains(
        "Your answer is longer than 500 characters; only the first 500 are kept in the log."))
    let reviews = LogFile.all(in: sandbox.learnerFolder()).flatMap(\.reviews)
    #expect(reviews.map(\.answer) == [String(repeating: "x", count: 500)])
  }
}
