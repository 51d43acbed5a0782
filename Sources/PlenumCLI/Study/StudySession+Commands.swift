import Foundation
import PlenumKit
import PlenumScheduling

/// The commands a learner types at the answer prompt: `:hint`, `:skip`, `:undo`, ….
extension StudySession {
  enum CommandResult { case quit, next, hinted, stay }

  func command(_ text: String, card: Card, presentation: CardPresentation)
    throws(PlenumError)
    -> CommandResult
  {
    switch text.lowercased() {
    case ":quit", ":q", ":exit": return .quit
    case ":help", ":h", ":?":
      out.say(Self.helpIntroduction)
      for (name, text) in Self.help { out.sayColumn(name, text) }
    case ":hint":
      out.say("Hint: " + TerminalText.safe(presentation.hint))
      return .hinted
    case ":skip":
      postponed.insert(card.id)
      out.say("Skipped for now; it comes back at the end of the session.")
      return .next
    case ":source":
      for source in card.sources { out.say("Source: " + TerminalText.safe(source.fullCitation)) }
    case ":stats":
      let counts = queue.counts(
        states: states, now: clock.now, introducedToday: introducedToday, buried: buriedSiblings)
      out.say(
        "This session: \(summary.reviewed) reviewed, \(summary.correct) correct. "
          + "Due now: \(counts.due). New left today: \(counts.new). Cards seen: \(states.count) of \(deck.cards.count)."
      )
    case ":undo":
      // The last rating in the log, not only in this session: the log is what survives a
      // restart, and each undo is appended there, so the next :undo reaches further back.
      guard let latest = log.latestReview() else {
        out.say("Nothing to undo: the log has no rating left to take back.")
        return .stay
      }
      if let last = undoStack.last, last.review == latest.id.description {
        undoStack.removeLast()
        summary.reviewed -= 1
        if last.correct { summary.correct -= 1 }
      }
      try log.undo(review: latest.id.description, at: clock.now)
      try reload()
      guard let undone = cardsByID[latest.card] else {
        out.say(
          "Took back your \(latest.rating.label) rating of the card "
            + "\(TerminalText.safe(latest.card)), which is not in this deck.")
        return .stay
      }
      out.say(
        "Took back your \(latest.rating.label) rating of this card: "
          + TerminalText.safe(undone.prompt))
      forcedNext = undone
      postponed.insert(card.id)
      return .next
    default:
      out.say("Unknown command \(TerminalText.safe(text)). Type :help for the list.")
    }
    return .stay
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
