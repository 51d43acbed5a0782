import Foundation
import PlenumKit
import PlenumScheduling

/// The study loop: asks due and new cards, grades, suggests a rating, and appends each
/// review durably before showing the next card.
///
/// The `:` commands are `StudyCommands`; the verdict and the rating question, `RatingPrompt`.
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
  let clock: any SessionClock
  private let reader: any LineReader
  let out: SessionOutput
  var queue: StudyQueue
  var states: [String: CardProgress] = [:]
  var introducedToday = 0
  /// Sibling keys of the cards reviewed today: their new siblings wait for another day.
  var buriedSiblings: Set<String> = []
  var postponed: Set<String> = []
  var undoStack: [(review: String, card: Card, rating: Rating, correct: Bool)] = []
  var forcedNext: Card?
  var summary: SessionSummary
  let cardsByID: [String: Card]
  private var completionNames: [String]
  private var reportedStrayCards = false
  private var commands: StudyCommands { StudyCommands(session: self) }
  private var ratingPrompt: RatingPrompt { RatingPrompt(reader: reader, out: out) }

  init(
    configuration: Configuration, log: LearnerLog, clock: any SessionClock,
    reader: any LineReader,
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
    let counts = queue.counts(
      states: states, now: clock.now, introducedToday: introducedToday, buried: buriedSiblings)
    let soon = queue.learningSoon(states: states, now: clock.now)
    let learning =
      soon == 0
      ? "" : ", \(soon) in learning within \(Int(StudyQueue.learnAhead / 60)) minutes"
    out.say(
      "\(deck.title) — \(counts.due) due, \(counts.new) new\(learning). "
        + "Type :help for commands, Ctrl-D to stop.")
    out.say("Progress is kept in \(log.folder).", styled: out.style.dim)
    while true {
      try catchUp()
      let now = clock.now
      let card =
        forcedNext
        ?? queue.next(
          states: states, now: now, introducedToday: introducedToday, postponed: postponed,
          buried: buriedSiblings)
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
      let stray = deck.cardsNotInDeck(states.keys)
      if !stray.isEmpty {
        Console.warn(
          "the log has reviews of \(stray.count) card\(stray.count == 1 ? "" : "s") "
            + "that are not in the deck '\(deck.id)'; they are kept and "
            + "ignored here ('plenum doctor' lists them).")
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
    buriedSiblings = queue.siblingsStudied(states: states, now: now, dayPolicy: policy)
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
    let shownAt = clock.now
    var hinted = false
    while true {
      guard let line = reader.readLine(prompt: "> ") else { return false }
      let answer = line.trimmingCharacters(in: .whitespaces)
      if answer.hasPrefix(":") {
        switch try commands.run(answer, card: card, presentation: presentation) {
        case .quit: return false
        case .next: return true
        case .hinted: hinted = true
        case .stay: break
        }
        continue
      }
      reader.remember(line)
      guard let judgement = judge(answer, presentation: presentation) else { continue }
      let logged = loggedAnswer(answer, judgement: judgement, presentation: presentation)
      let ms = max(0, Int((clock.now.timeIntervalSince(shownAt) * 1000).rounded(.down)))
      return try conclude(
        card, presentation: presentation, answer: logged, judgement: judgement, hinted: hinted,
        ms: ms)
    }
  }

  /// The answer judged; nil when it cannot be (the checker's sentence is shown; ask again).
  private func judge(_ answer: String, presentation: CardPresentation) -> Judgement? {
    if answer.isEmpty {
      return Judgement(verdict: .skipped, expected: AnswerChecker.expectedText(presentation.key))
    }
    if !checkerKnowsHangul, HangulNames.containsHangul(answer) {
      checkerKnowsHangul = true
      checker = AnswerChecker(names: NameIndex(hangul.names.adding(to: deck.names)))
    }
    switch checker.check(answer, against: presentation.key) {
    case .invalid(let message):
      out.say("\(message)")
      return nil
    case .judged(let result): return result
    }
  }

  /// What the log keeps of an answer. A choice picked by letter or by text is logged as its
  /// text, whatever letter it had at this review, so reports can compare answers. Only the
  /// first 500 characters are graded; the log keeps no more, so a pasted page does not make
  /// every later command read it.
  private func loggedAnswer(
    _ answer: String, judgement: Judgement, presentation: CardPresentation
  ) -> String {
    let logged = judgement.chosen.map { presentation.options[$0] } ?? answer
    let limit = TextFolding.maxInputLength
    guard logged.unicodeScalars.count > limit else { return logged }
    out.say(
      "Your answer is longer than \(limit) characters; only the first \(limit) are kept in the log."
    )
    return String(String.UnicodeScalarView(logged.unicodeScalars.prefix(limit)))
  }

  private func show(_ presentation: CardPresentation, isNew: Bool) {
    let card = presentation.card
    out.emit()
    let tag = isNew ? "new" : "review"
    out.emit(out.style.dim("[\(tag) · \(card.kind.summary)]"))
    out.say("\(card.prompt)", styled: out.style.bold)
    for (index, option) in presentation.options.enumerated() {
      let letter = ChoiceLetters.letter(index)
      out.say("\(letter)) \(option)", indent: 2, hanging: 5)
    }
    for line in presentation.instruction.split(separator: "\n") {
      out.say("\(line)", styled: out.style.dim)
    }
  }

  private func conclude(
    _ card: Card, presentation: CardPresentation, answer: String, judgement: Judgement,
    hinted: Bool, ms: Int
  ) throws(PlenumError) -> Bool {
    // Only a name card needs the Hangul table (loading it costs a corpus parse for a deck file).
    let shown: String
    if case .name = card.expected {
      shown = hangul.names.shownAnswer(for: card)
    } else {
      shown = card.answer
    }
    ratingPrompt.showVerdict(judgement, card: card, shown: shown)
    let suggested = judgement.verdict.suggestedRating(hinted: hinted)
    guard let rating = ratingPrompt.ask(suggested: suggested) else { return false }
    let reviewID = try log.record(
      card: card.id, deck: deck.id, at: clock.now, rating: rating,
      form: presentation.form.reviewForm,
      answer: answer, verdict: judgement.verdict, ms: ms)
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
    for line in summary.lines(now: now, nextDue: nextDue) { out.say("\(line)") }
  }
}
