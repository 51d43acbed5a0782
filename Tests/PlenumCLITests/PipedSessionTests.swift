import Foundation
import PlenumKit
import Testing

/// `plenum` with stdin and stdout on pipes: no prompts, no escape codes, every acknowledged
/// review in the log, and the log read back the next day.
@Suite("Piped study session", .serialized)
struct PipedSessionTests {
  static let dayOne = "2026-09-01T09:00:00Z"
  static let dayTwo = "2026-09-02T09:00:00Z"

  @Test func answersRatesAndLogsEachReviewWithPlainOutput() throws {
    let sandbox = try Sandbox()
    let (deck, _) = try GeneratedDeck.load(in: sandbox)
    let child = try sandbox.start(["--progress", sandbox.progress])
    let driver = StudyDriver(child: child, deck: deck)

    let (shown1, card1) = try driver.question(1)
    let right = StudyDriver.rightAnswer(shown1, card1)
    let done1 = try driver.answer(1, with: right, rating: "")
    let (shown2, card2) = try driver.question(2)
    let wrong = StudyDriver.wrongAnswer(shown2, card2)
    let done2 = try driver.answer(2, with: wrong, rating: "")
    let (_, card3) = try driver.question(3)
    let done3 = try driver.answer(3, with: "", rating: "4")
    _ = try driver.question(4)
    child.send(":quit\n")
    let status = try child.finish()

    #expect(status == 0)
    #expect(child.errorText == "")
    let text = child.outputText
    #expect(!child.output.contains(0x1B), "piped output must hold no escape codes")
    #expect(!text.contains("rating>"))
    #expect(!text.split(separator: "\n").contains { $0.hasPrefix(">") })
    let transcript = SessionTranscript(text)
    #expect(
      folded(transcript.header.joined(separator: " "))
        == "\(deck.title) — 0 due, 20 new. Type :help for commands, Ctrl-D to stop. "
        + "Progress is kept in \(sandbox.learnerFolder()).")
    for line in transcript.lines where line.unicodeScalars.allSatisfy({ $0.value < 0x1100 }) {
      #expect(line.count <= 80, "wider than COLUMNS (80): \(line)")
    }

    // Each question: the card's prompt and choices, shuffled for its first review, then the
    // verdict and the card's text.
    for (done, card) in [(done1, card1), (done2, card2), (done3, card3)] {
      #expect(done.tag == "new")
      #expect(done.prompt == folded(card.prompt))
      if done.instruction == SessionTranscript.instructions[0] {
        let order = ChoiceOrder.shown(card.choices, card: card.id, earlierReviews: 0)
        #expect(done.options == order.map(folded))
      }
      expectVerdictBlock(done, card: card)
    }
    #expect(done1.after.first == "✓ Correct.")
    // The verdict lines are wrapped like the rest (joined again with the spaces they broke at).
    #expect(
      done2.after.joined(separator: " ").hasPrefix("✗ Wrong. The answer is \(card2.answer)."))
    #expect(done3.after.joined(separator: " ").hasPrefix("The answer is \(card3.answer)."))
    for line in done2.after + done3.after where line.hasPrefix("✗") || line.hasPrefix("The answer")
    {
      #expect(line.count <= 80, "the verdict line is wrapped to COLUMNS (80): \(line)")
    }
    #expect(done1.after.contains("Rate it: Enter = Good · 1 Again · 2 Hard · 3 Good · 4 Easy"))
    #expect(done2.after.contains("Rate it: Enter = Again · 1 Again · 2 Hard · 3 Good · 4 Easy"))
    #expect(done3.after.contains("Rate it: Enter = Again · 1 Again · 2 Hard · 3 Good · 4 Easy"))

    // The log: exactly the three acknowledged reviews, in order, with every field.
    let folder = sandbox.learnerFolder()
    let files = LogFile.all(in: folder)
    try #require(files.count == 1)
    #expect(files[0].endsWithNewline)
    let reviews = files[0].reviews
    try #require(files[0].lines.count == 3 && reviews.count == 3)
    #expect(reviews.map(\.card) == [card1.id, card2.id, card3.id])
    #expect(reviews.map(\.deck) == Array(repeating: deck.id, count: 3))
    #expect(reviews.map(\.rating) == [3, 1, 4])
    let logged = [StudyDriver.logged(right, done1), StudyDriver.logged(wrong, done2), ""]
    #expect(reviews.map(\.answer) == logged)
    #expect(reviews.map(\.verdict) == ["correct", "wrong", "skipped"])
    #expect(reviews.allSatisfy { $0.ms >= 0 && $0.ms < 60_000 })
    #expect(reviews.allSatisfy { $0.at.hasPrefix("2026-09-01T09:0") && $0.at.hasSuffix("Z") })
    #expect(reviews.allSatisfy { $0.id.count == 32 && $0.id.allSatisfy(\.isHexDigit) })
    #expect(Set(reviews.map(\.id)).count == 3)
    #expect(reviews[0].form == (done1.options.isEmpty ? reviews[0].form : "choice"))
    expectSaved(done1.saved, rating: "Good", after: 10, reviewedAt: reviews[0].at)
    expectSaved(done2.saved, rating: "Again", after: 1, reviewedAt: reviews[1].at)
    #expect(done3.saved?.hasPrefix("Saved: Easy. Next review in ") == true)

    #expect(transcript.summary.count == 2)
    #expect(
      transcript.summary.first?.hasPrefix("Session over: 3 cards reviewed, 33% correct, 0m ")
        == true)
    let again = try #require(logTime(reviews[1].at)).addingTimeInterval(60)
    #expect(
      ["UTC", "GMT"].map { "Next card due: in 1 minute (\(stamp(again)) \($0))." }
        .contains(transcript.summary.last ?? ""))

    // Private files: the folders 0700, the log 0600.
    #expect(Sandbox.mode(sandbox.progress) == 0o700)
    #expect(Sandbox.mode(folder) == 0o700)
    #expect(Sandbox.mode(folder + "/" + files[0].name) == 0o600)
    #expect(Sandbox.mode(folder + "/.lock") == 0o600)
    // The device id is the installation's, kept outside the learner folder.
    #expect(Sandbox.mode(folder + "/.devices") == nil)
    let device = sandbox.root + "/xdg/plenum/.device"
    #expect(Sandbox.mode(device) == 0o600)
    let id = try String(contentsOfFile: device, encoding: .utf8)
    #expect(files.map(\.name) == ["reviews-\(id.dropLast()).jsonl"])

    // The charts on a pipe: plain text, the same counts as the log.
    let charts = try sandbox.run(["stats", "--progress", sandbox.progress])
    #expect(charts.status == 0)
    #expect(charts.stderr == "")
    #expect(!charts.stdout.contains("\u{1B}"))
    let chartLines = charts.stdout.split(separator: "\n").map(String.init)
    #expect(chartLines.first == "Progress of default")
    #expect(chartLines.dropFirst().first == "Kept in \(folder)")
    #expect(
      chartLines.dropFirst(2).first?.hasPrefix(
        "Reviews: 3 · cards seen: 3 of \(deck.cards.count) · due now: 0 · new today: 17 · ")
        == true,
      "\(chartLines.prefix(2))")
  }

  @Test func nextDayCountsEarlierReviewsAndUndoIsDurable() throws {
    let sandbox = try Sandbox()
    let progress = ["--progress", sandbox.progress]
    // Day one: Good, Again, Easy on the first three new cards, then quit.
    let first = try sandbox.run(progress, input: "\n3\n\n1\n\n4\n:quit\n")
    try #require(first.status == 0, "\(first.stderr)")
    let dayOne = LogFile.all(in: sandbox.learnerFolder()).flatMap(\.reviews)
    try #require(dayOne.map(\.rating) == [3, 1, 4])

    // A day later: the three reviews count; the Good and Again cards are due, Easy is not.
    let stats = try statistics(sandbox, now: Self.dayTwo)
    #expect(stats["reviews"] as? Int == 3)
    #expect(stats["cards_seen"] as? Int == 3)
    #expect(stats["due_now"] as? Int == 2)
    #expect(stats["new_available"] as? Int == 20)

    // Study on day two: rate the first due card Again, then take it back with :undo.
    let child = try sandbox.start(progress, environment: sandbox.environment(now: Self.dayTwo))
    let (deck, _) = try GeneratedDeck.load(in: sandbox)
    let driver = StudyDriver(child: child, deck: deck)
    let (shown, card) = try driver.question(1)
    #expect(shown.tag == "review")
    #expect([dayOne[0].card, dayOne[1].card].contains(card.id))
    // Its second review shows the choices in the order seeded by one earlier review.
    let secondOrder = ChoiceOrder.shown(card.choices, card: card.id, earlierReviews: 1)
    #expect(shown.options == secondOrder.map(folded))
    try driver.answer(1, with: "", rating: "1")
    _ = try driver.question(2)
    child.send(":undo\n")
    let (again, againCard) = try driver.question(3)
    #expect(againCard.id == card.id, "the undone card is asked again")
    #expect(again.tag == "review")
    #expect(again.options == shown.options, "an undone review is asked again as it was shown")
    child.send(":quit\n")
    #expect(try child.finish() == 0)
    #expect(child.errorText == "")
    let undoLines = SessionTranscript(child.outputText).questions[1].after
    #expect(
      folded(undoLines.joined(separator: " "))
        == "Took back your Again rating of this card: \(folded(card.prompt))")
    #expect(
      SessionTranscript(child.outputText).summary.first?.hasPrefix(
        "Session over: 0 cards reviewed, 0% correct") == true)

    // The log keeps the review and adds an undo record naming it.
    let lines = LogFile.all(in: sandbox.learnerFolder()).flatMap(\.lines)
    try #require(lines.count == 5)
    guard case .review(let undone) = lines[3], case .undo(let undoID, let target, let at) = lines[4]
    else {
      Issue.record("expected a review then an undo record, got \(lines[3...])")
      return
    }
    #expect(undone.card == card.id && undone.rating == 1)
    #expect(target == undone.id)
    #expect(undoID != undone.id && undoID.count == 32)
    #expect(at.hasPrefix("2026-09-02T09:0"))

    // Stats no longer count it, and a restarted session sees the same two due cards.
    let after = try statistics(sandbox, now: Self.dayTwo)
    #expect(after["reviews"] as? Int == 3)
    #expect(after["due_now"] as? Int == 2)
    let restart = try sandbox.run(
      progress, input: ":quit\n", environment: sandbox.environment(now: Self.dayTwo))
    #expect(restart.status == 0)
    #expect(
      folded(SessionTranscript(restart.stdout).header.joined(separator: " ")).contains(
        " — 2 due, 20 new. "))
    #expect(
      LogFile.all(in: sandbox.learnerFolder()).flatMap(\.lines).count == 5,
      "quitting writes nothing")
  }

  @Test func choicesAnsweredInTextAreLoggedAsTheChoiceShown() throws {
    let sandbox = try Sandbox()
    let (deck, _) = try GeneratedDeck.load(in: sandbox)
    let child = try sandbox.start(["--progress", sandbox.progress])
    let driver = StudyDriver(child: child, deck: deck)
    var typed: [String] = []
    var expected: [String] = []
    var number = 1
    // The first two multiple-choice questions: the answer in lower case with a full stop,
    // then another choice in upper case; other forms are skipped with an empty line.
    while typed.count < 2 {
      let (shown, card) = try driver.question(number)
      if shown.options.isEmpty {
        try driver.answer(number, with: "", rating: "")
      } else {
        let wrong = try #require(shown.options.first { $0 != folded(card.answer) })
        let answer = typed.isEmpty ? card.answer.lowercased() + "." : wrong.uppercased()
        let done = try driver.answer(number, with: answer, rating: "")
        let letter = StudyDriver.letter(try #require(shown.options.firstIndex(of: wrong)))
        // Wrapped lines joined: the verdict, then (when wrong) the choice the text named.
        let verdict = folded(done.after.prefix { !$0.hasPrefix("Source: ") }.joined(separator: " "))
        if typed.isEmpty {
          #expect(done.after.first == "✓ Correct.")
        } else {
          #expect(
            verdict.hasPrefix(
              "✗ Wrong. The answer is \(folded(card.answer)). that is \(letter)) \(wrong) "),
            "\(verdict)")
        }
        expected.append(typed.isEmpty ? card.answer : wrong)
        typed.append(answer)
      }
      number += 1
    }
    _ = try driver.question(number)
    child.send(":quit\n")
    #expect(try child.finish() == 0)
    let reviews = LogFile.all(in: sandbox.learnerFolder()).flatMap(\.reviews).filter {
      $0.form == "choice"
    }
    #expect(reviews.map(\.answer).map(folded) == expected.map(folded))
    #expect(reviews.map(\.verdict) == ["correct", "wrong"])
  }

  @Test func summaryPercentStaysTrueAfterUndoingACorrectAnswer() throws {
    let sandbox = try Sandbox()
    let (deck, _) = try GeneratedDeck.load(in: sandbox)
    let child = try sandbox.start(["--progress", sandbox.progress])
    let driver = StudyDriver(child: child, deck: deck)
    for number in 1...2 {
      let (shown, card) = try driver.question(number)
      try driver.answer(number, with: StudyDriver.rightAnswer(shown, card), rating: "")
    }
    _ = try driver.question(3)
    child.send(":undo\n")
    _ = try driver.question(4)
    child.send(":quit\n")
    #expect(try child.finish() == 0)
    let summary = SessionTranscript(child.outputText).summary.first ?? ""
    #expect(summary.hasPrefix("Session over: 1 card reviewed, 100% correct, "), "\(summary)")
  }

  @Test func summarySaysACardIsDueNowWhenQuittingWithDueCardsLeft() throws {
    let sandbox = try Sandbox()
    let progress = ["--progress", sandbox.progress]
    _ = try sandbox.run(progress, input: "\n1\n:quit\n")
    let next = try sandbox.run(
      progress, input: ":quit\n", environment: sandbox.environment(now: Self.dayTwo))
    #expect(next.status == 0)
    let transcript = SessionTranscript(next.stdout)
    #expect(folded(transcript.header.joined(separator: " ")).contains(" — 1 due, "))
    #expect(transcript.summary.last == "Next card due: now.", "\(transcript.summary)")
  }

  @Test func commandsAnswerInPlace() throws {
    let sandbox = try Sandbox()
    let (deck, _) = try GeneratedDeck.load(in: sandbox)
    let result = try sandbox.run(
      ["--progress", sandbox.progress], input: ":undo\n:foo\n:source\n:skip\n:stats\n:quit\n")
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let questions = SessionTranscript(result.stdout).questions
    try #require(questions.count == 2)
    let card = try #require(deck.card(prompt: questions[0].prompt, options: questions[0].options))
    let first = questions[0].after
    #expect(first.first == "Nothing to undo: the log has no rating left to take back.")
    #expect(first.dropFirst().first == "Unknown command :foo. Type :help for the list.")
    #expect(first.last == "Skipped for now; it comes back at the end of the session.")
    let sources = folded(first.dropFirst(2).dropLast().joined(separator: " "))
    #expect(
      sources == card.sources.map { "Source: " + folded($0.fullCitation) }.joined(separator: " "))
    #expect(
      folded(questions[1].after.joined(separator: " "))
        == "This session: 0 reviewed, 0 correct. Due now: 0. New left today: 20. Cards seen: 0 of \(deck.cards.count)."
    )
    #expect(
      LogFile.all(in: sandbox.learnerFolder()).flatMap(\.lines).isEmpty, "commands write no review")
  }

  @Test func hintThenRightAnswerSuggestsHard() throws {
    let sandbox = try Sandbox()
    let (deck, _) = try GeneratedDeck.load(in: sandbox)
    let child = try sandbox.start(["--progress", sandbox.progress])
    let driver = StudyDriver(child: child, deck: deck)
    let (shown, card) = try driver.question(1)
    child.send(":hint\n")
    let done = try driver.answer(1, with: StudyDriver.rightAnswer(shown, card), rating: "")
    child.send(":quit\n")
    #expect(try child.finish() == 0)
    #expect(done.after.first?.hasPrefix("Hint: ") == true)
    #expect(done.after.dropFirst().first == "✓ Correct.")
    #expect(done.after.contains("Rate it: Enter = Hard · 1 Again · 2 Hard · 3 Good · 4 Easy"))
    #expect(done.saved?.hasPrefix("Saved: Hard. ") == true)
    #expect(LogFile.all(in: sandbox.learnerFolder()).flatMap(\.reviews).map(\.rating) == [2])
  }

  @Test func helpListsCommandsInAlignedColumns() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["--progress", sandbox.progress], input: ":help\n:quit\n")
    #expect(result.status == 0)
    let after = SessionTranscript(result.stdout).questions.first?.after ?? []
    #expect(after.first == "Answer the question, or press Enter if you do not know. Commands:")
    #expect(
      after.dropFirst().first == "  :hint    a clue (a correct answer after a hint suggests Hard)"
    )
    #expect(
      after.last == "  :quit    end the session (Ctrl-D does the same; Ctrl-C clears the line)")
  }

  /// `plenum stats --json` at `now`, as a dictionary.
  private func statistics(_ sandbox: Sandbox, now: String) throws -> [String: Any] {
    let result = try sandbox.run(
      ["stats", "--json", "--progress", sandbox.progress],
      environment: sandbox.environment(now: now))
    guard result.status == 0, result.stderr.isEmpty else {
      throw HarnessError("plenum stats failed with \(result.status): \(result.stderr)")
    }
    return try JSONText.object(result.stdout)
  }

  /// After the verdict: the card's explanation, its sources, the rating line, the ack.
  private func expectVerdictBlock(
    _ question: SessionTranscript.Question, card: GeneratedDeck.Card,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let after = question.after
    guard let source = after.firstIndex(where: { $0.hasPrefix("Source: ") }),
      let rate = after.firstIndex(where: { $0.hasPrefix("Rate it: ") })
    else {
      Issue.record("no Source: or Rate it: line in \(after)", sourceLocation: sourceLocation)
      return
    }
    let explanation = folded(after[1..<source].joined(separator: " "))
    #expect(explanation.hasSuffix(folded(card.explanation)), sourceLocation: sourceLocation)
    #expect(rate > source, sourceLocation: sourceLocation)
    #expect(
      rate == after.count - 2, "the ack follows the rating line", sourceLocation: sourceLocation)
    #expect(after.last?.hasPrefix("Saved: ") == true, sourceLocation: sourceLocation)
  }
}
