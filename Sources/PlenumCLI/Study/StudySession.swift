import Foundation
import PlenumKit
import PlenumScheduling

/// The study loop: asks due and new cards, grades, suggests a rating, and appends each
/// review durably before showing the next card.
///
/// The `:` commands are in StudySession+Commands.swift.
final class StudySession {
  struct Configuration {
    var deck: Deck
    var settings: SchedulerSettings
    var kind: SchedulerKind
    var newPerDay: Int
  }

  let deck: Deck
  private let fold: ProgressFold
  private let settings: SchedulerSettings
  private var checker: AnswerChecker
  private let hangul: HangulLookup
  /// Set once the checker knows the Hangul names (built when a Hangul answer first comes).
  private var checkerKnowsHangul = false
  let log: LearnerLog
  let clock: StudyClock
  private let reader: any LineReader
  let out: SessionOutput
  var queue: StudyQueue
  var states: [String: CardProgress] = [:]
  var introducedToday = 0
  var postponed: Set<String> = []
  var undoStack: [(review: String, card: Card, rating: Rating, correct: Bool)] = []
  var forcedNext: Card?
  var summary: SessionSummary
  let cardsByID: [String: Card]
  private var completionNames: [String]
  private var reportedStrayCards = false

  init(
    configuration: Configuration, log: LearnerLog, clock: StudyClock, reader: any LineReader,
    output: SessionOutput, hangul: HangulLookup
  ) {
    self.hangul = hangul
    deck = configuration.deck
    settings = configuration.settings
    fold = ProgressFold(settings: configuration.settings, kind: configuration.kind)
    checker = AnswerChecker(names: NameIndex(deck.names))
    self.log = log
    self.clock = clock
    self.reader = reader
    out = output
    queue = StudyQueue(
      cards: StudyQueue.newOrder(deck.cards, seed: deck.seed), newPerDay: configuration.newPerDay)
    summary = SessionSummary(started: clock.now)
    cardsByID = Dictionary(deck.cards.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    completionNames = deck.names.flatMap(\.names)
  }

  /// Runs until the learner quits or nothing is left; throws only when progress cannot be saved.
  func run() throws(PlenumError) {
    try reload()
    let counts = queue.counts(states: states, now: clock.now, introducedToday: introducedToday)
    let soon = queue.learningSoon(states: states, now: clock.now)
    let learning =
      soon == 0
      ? "" : ", \(soon) in learning within \(Int(StudyQueue.learnAhead / 60)) minutes"
    out.say(
      TerminalText.safe(deck.title) + " — \(counts.due) due, \(counts.new) new\(learning). "
        + "Type :help for commands, Ctrl-D to stop.")
    out.say("Progress is kept in \(TerminalText.safe(log.folder)).", styled: out.style.dim)
    while true {
      try catchUp()
      let now = clock.now
      let card =
        forcedNext
        ?? queue.next(
          states: states, now: now, introducedToday: introducedToday, postponed: postponed)
      forcedNext = nil
      guard let card else {
        out.emit()
        out.say("Nothing more is due now. Well done.")
        break
      }
      postponed.remove(card.id)
      if try !ask(card) { break }
    }
    finish()
  }

  /// Reads the whole log again and refolds (start, and after an undo).
  func reload() throws(PlenumError) {
    states = fold.fold(records: try log.reviews())
    recountIntroduced()
    if !reportedStrayCards {
      reportedStrayCards = true
      let stray = Set(states.keys).subtracting(cardsByID.keys)
      if !stray.isEmpty {
        FileHandle.standardError.write(
          Data(
            ("plenum: the log has reviews of \(stray.count) card\(stray.count == 1 ? "" : "s") "
              + "that are not in the deck '\(TerminalText.safe(deck.id))'; they are kept and "
              + "ignored here ('plenum doctor' lists them).\n").utf8))
      }
    }
  }

  /// Picks up reviews another process appended meanwhile.
  private func catchUp() throws(PlenumError) {
    let events = try log.newReviewEvents()
    if log.needsReload {
      try reload()
      return
    }
    for event in events { fold.apply(event, to: &states) }
    recountIntroduced()
  }

  private func recountIntroduced() {
    let policy = settings.dayPolicy
    let now = clock.now
    introducedToday =
      states.values.filter {
        policy.elapsedDays(from: $0.firstReview, to: now) == 0
      }.count
  }

  /// Asks one card; false when the learner quits.
  private func ask(_ card: Card) throws(PlenumError) -> Bool {
    let progress = states[card.id]
    let presentation = CardPresentation(
      card: card, form: FormChooser.form(for: card, progress: progress),
      earlierReviews: progress?.reviews ?? 0)
    show(presentation, isNew: progress == nil)
    reader.setCompletions(
      presentation.form == .choice
        ? [] : completionNames.filter { !presentation.options.contains($0) })
    let shownAt = ContinuousClock.now
    var hinted = false
    while true {
      guard let line = reader.readLine(prompt: "> ") else { return false }
      let answer = line.trimmingCharacters(in: .whitespaces)
      if answer.hasPrefix(":") {
        switch try command(answer, card: card, presentation: presentation) {
        case .quit: return false
        case .next: return true
        case .hinted: hinted = true
        case .stay: break
        }
        continue
      }
      reader.remember(line)
      let judgement: Judgement
      if answer.isEmpty {
        judgement = Judgement(
          verdict: .skipped, expected: AnswerChecker.expectedText(presentation.key))
      } else {
        if !checkerKnowsHangul, HangulNames.containsHangul(answer) {
          checkerKnowsHangul = true
          checker = AnswerChecker(names: NameIndex(hangul.names.adding(to: deck.names)))
        }
        switch checker.check(answer, against: presentation.key) {
        case .invalid(let message):
          out.say(TerminalText.safe(message))
          continue
        case .judged(let result): judgement = result
        }
      }
      // A choice picked by letter or by text is logged as its text, whatever letter it had
      // at this review, so reports can compare answers.
      var logged = judgement.chosen.map { presentation.options[$0] } ?? answer
      // Only the first 500 characters are graded; the log keeps no more, so a pasted page
      // does not make every later command read it.
      let limit = TextFolding.maxInputLength
      if logged.unicodeScalars.count > limit {
        logged = String(String.UnicodeScalarView(logged.unicodeScalars.prefix(limit)))
        out.say(
          "Your answer is longer than \(limit) characters; only the first \(limit) are kept in the log."
        )
      }
      let elapsed = ContinuousClock.now - shownAt
      let ms = Int(
        elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
      return try conclude(
        card, presentation: presentation, answer: logged, judgement: judgement, hinted: hinted,
        ms: ms)
    }
  }

  private func show(_ presentation: CardPresentation, isNew: Bool) {
    let card = presentation.card
    out.emit()
    let tag = isNew ? "new" : "review"
    out.emit(out.style.dim("[\(tag) · \(card.kind.summary)]"))
    out.say(TerminalText.safe(card.prompt), styled: out.style.bold)
    for (index, option) in presentation.options.enumerated() {
      let letter = ChoiceLetters.letter(index)
      out.say("\(letter)) " + TerminalText.safe(option), indent: 2, hanging: 5)
    }
    for line in presentation.instruction.split(separator: "\n") {
      out.say(String(line), styled: out.style.dim)
    }
  }

  private func conclude(
    _ card: Card, presentation: CardPresentation, answer: String, judgement: Judgement,
    hinted: Bool, ms: Int
  ) throws(PlenumError) -> Bool {
    let suggested: Rating
    // Only a name card needs the Hangul table (loading it costs a corpus parse for a deck file).
    let shown: String
    if case .name = card.expected {
      shown = TerminalText.safe(hangul.names.shownAnswer(for: card))
    } else {
      shown = TerminalText.safe(card.answer)
    }
    switch judgement.verdict {
    case .correct:
      out.emit(out.style.green("✓ Correct."))
      suggested = hinted ? .hard : .good
    case .close:
      out.say(verdict: "≈ Close.", styled: out.style.yellow, "The answer is \(shown).")
      suggested = .hard
    case .wrong:
      out.say(verdict: "✗ Wrong.", styled: out.style.red, "The answer is \(shown).")
      suggested = .again
    case .skipped:
      out.say("The answer is \(shown).")
      suggested = .again
    }
    if let note = judgement.note { out.say(TerminalText.safe(note)) }
    out.say(TerminalText.safe(card.explanation))
    out.say(
      "Source: " + TerminalText.safe(card.sources.map(\.label).joined(separator: "; ")),
      styled: out.style.dim)
    out.say("Rate it: Enter = \(suggested.label) · 1 Again · 2 Hard · 3 Good · 4 Easy")
    var rating = suggested
    while true {
      guard let line = reader.readLine(prompt: "rating> ") else {
        out.say("Not rated; this card stays as it was.")
        return false
      }
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { break }
      if text.lowercased() == ":quit" || text.lowercased() == ":q" {
        out.say("Not rated; this card stays as it was.")
        return false
      }
      if let value = Int(text), let chosen = Rating(rawValue: value) {
        rating = chosen
        break
      }
      out.say(
        text.hasPrefix(":")
          ? "Rate this card first (Enter or 1–4); commands work again at the next question."
          : "Press Enter to accept \(suggested.label), or type 1, 2, 3 or 4.")
    }
    let reviewID = try log.record(
      card: card.id, deck: deck.id, at: clock.now, rating: rating, form: presentation.form.rawValue,
      answer: answer, verdict: judgement.verdict.rawValue, ms: ms)
    let event = ReviewEvent(card: card.id, at: clock.now, rating: rating)
    fold.apply(event, to: &states)
    recountIntroduced()
    undoStack.append((reviewID, card, rating, judgement.verdict == .correct))
    summary.reviewed += 1
    if judgement.verdict == .correct { summary.correct += 1 }
    let due = states[card.id]?.due ?? clock.now
    out.say(
      "Saved: \(rating.label). Next review \(SessionSummary.describe(due, from: clock.now)).")
    return true
  }

  private func finish() {
    let now = clock.now
    let nextDue = states.values.map(\.due).min()
    out.emit()
    for line in summary.lines(now: now, nextDue: nextDue) { out.say(line) }
  }
}
