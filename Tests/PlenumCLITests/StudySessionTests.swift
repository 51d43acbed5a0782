import Foundation
import PlenumCorpus
import PlenumKit
import PlenumProgress
import PlenumScheduling
import Testing

@testable import PlenumCLI

/// The study loop driven in process: a clock the test moves, typed lines from a script, the
/// output caught line by line, and the log read back from a real folder.
@Suite("Study session in process")
struct StudySessionTests {
  /// A clock that moves only when told to (here: 4 s per line the learner types).
  final class ManualClock: SessionClock {
    var now: Date
    init(_ now: Date) { self.now = now }
  }

  /// Lines typed by the learner; each one takes `thinking` seconds on `clock`.
  final class ScriptedReader: LineReader {
    var lines: [String]
    var prompts: [String] = []
    let clock: ManualClock
    let thinking: TimeInterval

    init(_ lines: [String], clock: ManualClock, thinking: TimeInterval = 4) {
      self.lines = lines
      self.clock = clock
      self.thinking = thinking
    }

    func readLine(prompt: String) -> String? {
      prompts.append(prompt)
      guard !lines.isEmpty else { return nil }
      clock.now += thinking
      return lines.removeFirst()
    }

    func remember(_ line: String) {}
    func setCompletions(_ words: [String]) {}
  }

  /// Two new cards that can be asked as a choice (a new card is), from the default corpus.
  static func twoCardDeck() throws -> Deck {
    var deck = DeckGenerator(corpus: try CorpusSource.load(nil)).generate()
    deck.cards = Array(
      deck.cards.filter { $0.forms.contains(.choice) && $0.forms.contains(.typed) }.prefix(2))
    return deck
  }

  @Test func answerRateUndoSkipAndQuit() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "plenum-session-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try ReviewLog.createFolder(root: folder, learner: "ana")
    let log = LearnerLog(try ReviewLog(root: folder, learner: "ana", deviceID: "test-device"))

    let deck = try Self.twoCardDeck()
    let order = StudyQueue.newOrder(deck.cards, seed: deck.seed)
    let (first, second) = (order[0], order[1])
    let start = Date(timeIntervalSince1970: 1_788_253_200)  // 2026-09-01T09:00:00Z
    let clock = ManualClock(start)
    // First card: Enter (do not know), Enter (accept Again). It comes back after a minute, so
    // the second card is next: :undo takes the Again back (putting the second card off) and
    // asks the first card again, now answered by its text and rated Good (3). In learning
    // within the learn-ahead window, the first card comes before the put-off second one;
    // :skip puts it off too, it is asked once more (every card is put off), and :quit leaves.
    let reader = ScriptedReader(
      ["", "", ":undo", first.answer, "3", ":skip", ":quit"], clock: clock)
    var lines: [String] = []
    let session = StudySession(
      configuration: .init(
        deck: deck, settings: .defaults(timeZoneIdentifier: "UTC"), kind: .fsrs, newPerDay: 20),
      log: log, clock: clock, reader: reader,
      output: SessionOutput(style: TerminalStyle(colour: false, width: 200)) { lines.append($0) },
      hangul: HangulLookup(deck: deck, corpus: nil))

    try session.run()

    #expect(reader.lines.isEmpty, "every scripted line was read")
    #expect(
      reader.prompts == ["> ", "rating> ", "> ", "> ", "rating> ", "> ", "> "])
    // The choices are shuffled per review: each shown set holds the answer; the transcript
    // compares them as placeholders.
    let choice = #/^  [a-d]\) (.*)$/#
    let shownChoices = lines.compactMap { try? choice.wholeMatch(in: $0)?.1 }.map(String.init)
    #expect(shownChoices.count == 5 * 4)
    #expect(shownChoices.filter { $0 == first.answer }.count == 4)
    let transcript = lines.map { (try? choice.wholeMatch(in: $0)) != nil ? "  (choice)" : $0 }
    let choices = Array(repeating: "  (choice)", count: 4)
    func asked(_ card: Card, _ tag: String = "new") -> [String] {
      ["", "[\(tag) · when an event happened]", card.prompt] + choices
        + ["Answer with a letter or the text of a choice."]
    }
    let source = "Source: " + first.sources.map(\.label).joined(separator: "; ")
    let expected =
      [
        "\(deck.title) — 0 due, 2 new. Type :help for commands, Ctrl-D to stop.",
        "Progress is kept in \(folder)/ana.",
      ] + asked(first)
      + [
        "The answer is \(first.answer).", first.explanation, source,
        "Rate it: Enter = Again · 1 Again · 2 Hard · 3 Good · 4 Easy",
        "Saved: Again. Next review in 1 minute (2026-09-01 09:01 UTC).",
      ] + asked(second)
      + ["Took back your Again rating of this card: \(first.prompt)"] + asked(first)
      + [
        "✓ Correct.", first.explanation, source,
        "Rate it: Enter = Good · 1 Again · 2 Hard · 3 Good · 4 Easy",
        "Saved: Good. Next review in 10 minutes (2026-09-01 09:10 UTC).",
      ] + asked(first, "review")
      + ["Skipped for now; it comes back at the end of the session."] + asked(first, "review")
      + [
        "", "Session over: 1 card reviewed, 100% correct, 0m 28s.",
        "Next card due: in 10 minutes (2026-09-01 09:10 UTC).",
      ]
    #expect(transcript == expected)

    let reading = ReviewLog.read(learnerFolder: folder + "/ana")
    #expect(reading.diagnostics.isEmpty)
    #expect(reading.undos.count == 1)
    let kept = try #require(reading.reviews.first)
    #expect(reading.reviews.count == 1)
    #expect(kept.card == first.id)
    #expect(kept.rating == .good)
    #expect(kept.answer == first.answer)
    #expect(kept.verdict == .correct)
    #expect(kept.ms == 4000, "the fourth line took 4 s on the session's clock")
    #expect(kept.date == start.addingTimeInterval(5 * 4), "rated with the fifth line")
  }
}
