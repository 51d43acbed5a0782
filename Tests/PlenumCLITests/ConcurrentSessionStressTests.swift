import Foundation
import Testing

/// Two study sessions of the same learner at the same time (two terminals): every review
/// either acknowledges is kept, on its own line.
@Suite("Concurrent study sessions", .serialized, .tags(.stress))
struct ConcurrentSessionStressTests {
  @Test func twoSessionsOfOneLearnerKeepEveryAcknowledgedReview() throws {
    let sandbox = try Sandbox()
    let answers = String(repeating: "\n3\n", count: 30)
    var acknowledged = 0
    for round in 0..<3 {
      let environment = sandbox.environment(now: "2026-09-0\(round + 1)T09:00:00Z")
      let sessions = try (0..<2).map { _ in
        try sandbox.start(
          ["--progress", sandbox.progress, "--new", "1000"], environment: environment)
      }
      for session in sessions {
        session.send(answers)
        session.closeInput()
      }
      let statuses = try ChildProcess.finishAll(sessions)
      #expect(statuses == [0, 0], "round \(round)")
      for session in sessions {
        #expect(session.errorText == "", "round \(round)")
        let transcript = SessionTranscript(session.outputText)
        let saved = transcript.questions.compactMap(\.saved)
        #expect(saved.count == 30, "round \(round): each session rated all its 30 cards")
        acknowledged += saved.count
      }

      let files = LogFile.all(in: sandbox.learnerFolder())
      #expect(files.count == 1, "one machine appends to one file")
      for file in files {
        #expect(file.endsWithNewline)
        for line in file.lines {
          if case .unreadable(let text) = line {
            Issue.record("round \(round): unreadable line \(text)")
          }
        }
      }
      let reviews = files.flatMap(\.reviews)
      #expect(
        reviews.count == acknowledged, "round \(round): the log holds every acknowledged review")
      #expect(Set(reviews.map(\.id)).count == reviews.count, "round \(round): ids are unique")
      #expect(reviews.allSatisfy { $0.rating == 3 && $0.verdict == "skipped" })
    }

    let stats = try sandbox.run(
      ["stats", "--json", "--progress", sandbox.progress],
      environment: sandbox.environment(now: "2026-09-03T10:00:00Z"))
    #expect(stats.status == 0)
    #expect(stats.stderr == "")
    let object = try JSONText.object(stats.stdout)
    #expect(object["reviews"] as? Int == acknowledged)
    #expect(acknowledged == 180)
  }

  @Test func anUndoInAnotherSessionIsTakenBackHereToo() throws {
    let sandbox = try Sandbox()
    let (deck, _) = try GeneratedDeck.load(in: sandbox)
    let progress = ["--progress", sandbox.progress]
    let first = try sandbox.start(progress)
    let driver = StudyDriver(child: first, deck: deck)
    let (_, card) = try driver.question(1)

    // Meanwhile a second terminal rates the same new card, then takes it back.
    let second = try sandbox.run(progress, input: "\n3\n:undo\n:quit\n")
    #expect(second.status == 0)
    #expect(SessionTranscript(second.stdout).questions.first?.prompt == folded(card.prompt))
    #expect(LogFile.effectiveReviews(in: sandbox.learnerFolder()).isEmpty)

    // The first session moves on (picking up the other's log lines) and reports progress.
    first.send(":skip\n")
    _ = try driver.question(2)
    first.send(":stats\n")
    try first.read(
      until: {
        SessionTranscript($0.outputText).questions[1].after.contains {
          $0.hasPrefix("This session:") || $0.hasPrefix("Due now:")
        }
      },
      waitingFor: "the :stats line")
    first.send(":quit\n")
    #expect(try first.finish() == 0)
    let statsLine = folded(
      SessionTranscript(first.outputText).questions[1].after.joined(separator: " "))
    #expect(statsLine.hasSuffix("Cards seen: 0 of \(deck.cards.count)."), "\(statsLine)")
  }
}
