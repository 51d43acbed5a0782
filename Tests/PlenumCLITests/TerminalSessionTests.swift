import Foundation
import Testing

/// `plenum` on a pseudo-terminal, as a learner meets it: readline prompts, line history in
/// the learner's folder, colour unless NO_COLOR is set.
@Suite("Study session on a terminal", .serialized)
struct TerminalSessionTests {
  /// A terminal session: the raw bytes the program wrote, and the text a reader would see.
  struct Terminal {
    let child: ChildProcess
    let deck: GeneratedDeck

    /// The output without escape sequences and carriage returns.
    var screen: String { Self.plain(child.output) }
    var transcript: SessionTranscript { SessionTranscript(screen) }

    /// Waits until question `number` is shown and readline shows `prompt` for it.
    func waitFor(question number: Int, prompt: String) throws {
      try child.read(
        until: { child in
          let text = Self.plain(child.output)
          return SessionTranscript(text + "\n").questions.count >= number
            && text.hasSuffix("\n" + prompt)
        },
        waitingFor: "question \(number) with the prompt '\(prompt)'")
    }

    /// Waits until the text on screen ends with `prompt` after `marker` appeared.
    func waitFor(_ marker: String, thenPrompt prompt: String) throws {
      try child.read(
        until: { child in
          let text = Self.plain(child.output)
          return text.contains(marker) && text.hasSuffix(prompt)
        },
        waitingFor: "'\(marker)' and then the prompt '\(prompt)'")
    }

    /// The question shown as `number` and its card.
    func shown(_ number: Int) throws -> (SessionTranscript.Question, GeneratedDeck.Card) {
      let question = SessionTranscript(screen + "\n").questions[number - 1]
      let card = try #require(
        deck.card(prompt: question.prompt, options: question.options), "\(question.prompt)")
      return (question, card)
    }

    /// Bytes without CSI/OSC/two-byte escape sequences and without "\r".
    static func plain(_ bytes: [UInt8]) -> String {
      var out: [UInt8] = []
      var i = 0
      while i < bytes.count {
        let byte = bytes[i]
        if byte == 0x1B, i + 1 < bytes.count {
          i += 1
          switch bytes[i] {
          case UInt8(ascii: "["):
            i += 1
            while i < bytes.count, !(0x40...0x7E).contains(bytes[i]) { i += 1 }
          case UInt8(ascii: "]"):
            while i < bytes.count, bytes[i] != 0x07, bytes[i] != 0x9C {
              if bytes[i] == 0x1B {
                i += 1
                break
              }
              i += 1
            }
          default: break
          }
        } else if byte != 0x0D {
          out.append(byte)
        }
        i += 1
      }
      return String(decoding: out, as: UTF8.self)
    }
  }

  private func start(_ sandbox: Sandbox, noColor: Bool, columns: UInt16? = 80) throws -> Terminal {
    let (deck, _) = try GeneratedDeck.load(in: sandbox)
    var extra = ["TERM": "xterm"]
    if let columns { extra["COLUMNS"] = String(columns) }
    if noColor { extra["NO_COLOR"] = "1" }
    let child = try sandbox.start(
      ["--progress", sandbox.progress], environment: sandbox.environment(extra),
      streams: .terminal(columns: columns ?? 52, rows: 24))
    return Terminal(child: child, deck: deck)
  }

  /// SGR sequences: ESC [ digits/semicolons m.
  private func colourCodes(_ bytes: [UInt8]) -> Int {
    let text = String(decoding: bytes, as: UTF8.self)
    return text.matches(of: /\u{1B}\[[0-9;]*m/).count
  }

  @Test func answerRateAndQuitSavesTheReviewAndHistoryInColour() throws {
    let sandbox = try Sandbox()
    let terminal = try start(sandbox, noColor: false)
    try terminal.waitFor(question: 1, prompt: "> ")
    let (question, card) = try terminal.shown(1)
    let answer = StudyDriver.rightAnswer(question, card)
    terminal.child.send(answer + "\r")
    try terminal.waitFor("Rate it: Enter = Good", thenPrompt: "rating> ")
    terminal.child.send("3\r")
    try terminal.waitFor(question: 2, prompt: "> ")
    terminal.child.send(":quit\r")
    let status = try terminal.child.finish()

    #expect(status == 0)
    let screen = terminal.screen
    #expect(screen.contains("\n> \(answer)\n✓ Correct.\n"), "the answer is echoed after the prompt")
    #expect(screen.contains("\nrating> 3\nSaved: Good. Next review in 10 minutes ("))
    #expect(screen.contains("\n> :quit\n"))
    #expect(screen.contains("\nSession over: 1 card reviewed, 100% correct, "))
    let raw = String(decoding: terminal.child.output, as: UTF8.self)
    #expect(raw.contains("\u{1B}[1mAt the August Plenum"), "the question is bold")
    #expect(raw.contains("\u{1B}[32m✓ Correct.\u{1B}[0m"), "the verdict is green")
    #expect(colourCodes(terminal.child.output) > 4)

    let reviews = LogFile.all(in: sandbox.learnerFolder()).flatMap(\.lines)
    #expect(reviews.count == 1)
    let review = try #require(reviews.first?.review, "expected one review, found \(reviews)")
    #expect(review.card == card.id)
    #expect(review.rating == 3)
    #expect(review.verdict == "correct")
    #expect(review.answer == StudyDriver.logged(answer, question))
    let historyPath = sandbox.learnerFolder() + "/history"
    let history = try String(contentsOfFile: historyPath, encoding: .utf8)
    #expect(
      history.split(separator: "\n").map(String.init) == [answer],
      "answers only: no rating, no command")
    #expect(Sandbox.mode(historyPath) == 0o600)
  }

  @Test func controlDEndsTheSessionAfterSavingWithoutColourUnderNoColor() throws {
    let sandbox = try Sandbox()
    let terminal = try start(sandbox, noColor: true)
    try terminal.waitFor(question: 1, prompt: "> ")
    let (_, card) = try terminal.shown(1)
    terminal.child.send("\r")
    try terminal.waitFor("Rate it: Enter = Again", thenPrompt: "rating> ")
    terminal.child.send("\r")
    try terminal.waitFor(question: 2, prompt: "> ")
    terminal.child.send("\u{4}")
    let status = try terminal.child.finish()

    #expect(status == 0)
    let screen = terminal.screen
    #expect(screen.contains("\n> \nThe answer is \(card.answer).\n"))
    #expect(screen.contains("\nrating> \nSaved: Again. Next review in 1 minute ("))
    #expect(screen.contains("\nSession over: 1 card reviewed, 0% correct, "))
    #expect(colourCodes(terminal.child.output) == 0, "NO_COLOR=1 turns colour off on a terminal")
    let lines = LogFile.all(in: sandbox.learnerFolder()).flatMap(\.lines)
    #expect(lines.count == 1)
    let review = try #require(lines.first?.review, "expected one review, found \(lines)")
    #expect(review.card == card.id && review.rating == 1 && review.verdict == "skipped")
    // Empty lines are not history; the file exists (0600) and is empty.
    let historyPath = sandbox.learnerFolder() + "/history"
    #expect(try String(contentsOfFile: historyPath, encoding: .utf8) == "")
    #expect(Sandbox.mode(historyPath) == 0o600)
  }

  @Test func controlDAtTheRatingLeavesTheCardUnrated() throws {
    let sandbox = try Sandbox()
    let terminal = try start(sandbox, noColor: true)
    try terminal.waitFor(question: 1, prompt: "> ")
    terminal.child.send("\r")
    try terminal.waitFor("Rate it: ", thenPrompt: "rating> ")
    terminal.child.send("\u{4}")
    #expect(try terminal.child.finish() == 0)
    #expect(terminal.screen.contains("\nNot rated; this card stays as it was.\n"))
    #expect(terminal.screen.contains("\nSession over: 0 cards reviewed, 0% correct, "))
    #expect(LogFile.all(in: sandbox.learnerFolder()).flatMap(\.lines).isEmpty)
  }

  @Test func controlCDropsTheLineBeingTypedAndKeepsTheSession() throws {
    let sandbox = try Sandbox()
    let terminal = try start(sandbox, noColor: true)
    try terminal.waitFor(question: 1, prompt: "> ")
    let (question, card) = try terminal.shown(1)
    let answer = StudyDriver.rightAnswer(question, card)
    terminal.child.send("zzz")
    try terminal.waitFor("> zzz", thenPrompt: "zzz")
    terminal.child.send("\u{3}")
    try terminal.waitFor("zzz^C\n", thenPrompt: "> ")
    terminal.child.send(answer + "\r")
    try terminal.waitFor("Rate it: ", thenPrompt: "rating> ")
    terminal.child.send("\r")
    try terminal.waitFor(question: 2, prompt: "> ")
    terminal.child.send(":quit\r")
    #expect(try terminal.child.finish() == 0)
    #expect(terminal.screen.contains("✓ Correct."))
    let lines = LogFile.all(in: sandbox.learnerFolder()).flatMap(\.lines)
    #expect(lines.count == 1)
    let review = try #require(lines.first?.review, "expected one review, found \(lines)")
    #expect(
      review.answer == StudyDriver.logged(answer, question),
      "the dropped 'zzz' is not part of the answer")
    #expect(review.verdict == "correct" && review.rating == 3)
  }

  @Test func textWrapsToTheTerminalWidthWithoutCOLUMNS() throws {
    let sandbox = try Sandbox()
    let terminal = try start(sandbox, noColor: true, columns: nil)
    try terminal.waitFor(question: 1, prompt: "> ")
    terminal.child.send("\r")
    try terminal.waitFor("Rate it: ", thenPrompt: "rating> ")
    terminal.child.send("\r")
    try terminal.waitFor(question: 2, prompt: "> ")
    terminal.child.send("\u{4}")
    #expect(try terminal.child.finish() == 0)
    let lines = terminal.screen.split(separator: "\n").map(String.init)
    #expect(lines.count > 10)
    #expect(lines.filter { $0.hasPrefix("Rate it: ") || $0.hasPrefix("Saved: ") }.count == 2)
    for line in lines {
      #expect(line.count <= 52, "wider than the 52-column terminal: \(line)")
    }
    #expect(lines.contains { $0.count > 40 }, "the text does use the width")
  }

  /// A learner folder whose `history` is a link to another file, or a FIFO.
  private func learnerFolder(
    _ sandbox: Sandbox, history make: (String) throws -> Void
  ) throws -> String {
    let folder = sandbox.learnerFolder()
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try make(folder + "/history")
    return folder + "/history"
  }

  @Test func historyThatIsASymbolicLinkIsNeitherReadNorAppended() throws {
    let sandbox = try Sandbox()
    let target = try sandbox.write("secret line\n", to: "elsewhere.txt")
    let history = try learnerFolder(sandbox) {
      try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: target)
    }
    let terminal = try start(sandbox, noColor: true)
    try terminal.waitFor(question: 1, prompt: "> ")
    let (question, card) = try terminal.shown(1)
    terminal.child.send(StudyDriver.rightAnswer(question, card) + "\r")
    try terminal.waitFor("Rate it: ", thenPrompt: "rating> ")
    terminal.child.send("\r")
    try terminal.waitFor(question: 2, prompt: "> ")
    terminal.child.send(":quit\r")
    #expect(try terminal.child.finish() == 0, "\(terminal.screen)")
    #expect(
      terminal.screen.contains(
        "plenum: \(history) is not used for line history: it is a symbolic link, which plenum does not follow in the progress folder. Move it away to keep a history; studying works without one.\n"
      ))
    #expect(!terminal.screen.contains("secret line"), "the link's target is not read")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "secret line\n")
  }

  @Test func historyThatIsAFIFOIsSkippedWithoutHanging() throws {
    let sandbox = try Sandbox()
    let history = try learnerFolder(sandbox) { #expect(mkfifo($0, 0o600) == 0) }
    let terminal = try start(sandbox, noColor: true)
    try terminal.waitFor(question: 1, prompt: "> ")
    terminal.child.send(":quit\r")
    #expect(try terminal.child.finish() == 0)
    #expect(
      terminal.screen.contains(
        "plenum: \(history) is not used for line history: it is not a regular file (a FIFO, device or socket). Move it away to keep a history; studying works without one.\n"
      ))
  }
}
