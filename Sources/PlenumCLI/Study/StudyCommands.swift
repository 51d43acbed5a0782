import Foundation
import PlenumKit
import PlenumScheduling

/// The commands a learner types at the answer prompt: `:hint`, `:skip`, `:undo`, ….
///
/// They act on the session they belong to (its queue, its undo stack, its log).
struct StudyCommands {
  enum Result { case quit, next, hinted, stay }

  unowned let session: StudySession

  private var out: SessionOutput { session.out }

  /// Carries out `text` (a line starting with ':') while `card` is asked.
  func run(_ text: String, card: Card, presentation: CardPresentation) throws(PlenumError)
    -> Result
  {
    switch text.lowercased() {
    case ":quit", ":q", ":exit": return .quit
    case ":help", ":h", ":?":
      out.say("\(Self.helpIntroduction)")
      for (name, text) in Self.help { out.sayColumn(name, text) }
    case ":hint":
      out.say("Hint: \(presentation.hint)")
      return .hinted
    case ":skip":
      session.postponed.insert(card.id)
      out.say("Skipped for now; it comes back at the end of the session.")
      return .next
    case ":source":
      for source in card.sources { out.say("Source: \(source.fullCitation)") }
    case ":stats": showStats()
    case ":undo": return try undo(asking: card)
    default:
      out.say("Unknown command \(text). Type :help for the list.")
    }
    return .stay
  }

  private func showStats() {
    let counts = session.queue.counts(
      states: session.states, now: session.clock.now, introducedToday: session.introducedToday,
      buried: session.buriedSiblings)
    let summary = session.summary
    out.say(
      "This session: \(summary.reviewed) reviewed, \(summary.correct) correct. "
        + "Due now: \(counts.due). New left today: \(counts.new). Cards seen: \(session.states.count) of \(session.deck.cards.count)."
    )
  }

  /// Takes back the last rating in the log, not only in this session: the log is what
  /// survives a restart, and each undo is appended there, so the next :undo reaches further
  /// back. The card undone is asked next; `card`, being asked now, comes back later.
  private func undo(asking card: Card) throws(PlenumError) -> Result {
    guard let latest = session.log.latestReview() else {
      out.say("Nothing to undo: the log has no rating left to take back.")
      return .stay
    }
    if let last = session.undoStack.last, last.review == latest.id.description {
      session.undoStack.removeLast()
      session.summary.reviewed -= 1
      if last.correct { session.summary.correct -= 1 }
    }
    try session.log.undo(review: latest.id.description, at: session.clock.now)
    try session.reload()
    guard let undone = session.cardsByID[latest.card] else {
      out.say(
        "Took back your \(latest.rating.label) rating of the card "
          + "\(latest.card), which is not in this deck.")
      return .stay
    }
    out.say("Took back your \(latest.rating.label) rating of this card: \(undone.prompt)")
    session.forcedNext = undone
    session.postponed.insert(card.id)
    return .next
  }

  static let helpIntroduction = "Answer the question, or press Enter if you do not know. Commands:"
  static let help = [
    (":hint", "a clue (a correct answer after a hint suggests Hard)"),
    (":skip", "ask this card later in the session"),
    (":undo", "take back the last rating (saved in the log, survives restarts)"),
    (":source", "the full citation for this card"),
    (":stats", "progress so far"),
    (":help", "this list"),
    (":quit", "end the session (Ctrl-D does the same; Ctrl-C clears the line)"),
  ]
}
