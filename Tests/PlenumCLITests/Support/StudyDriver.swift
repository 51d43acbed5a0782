import Foundation
import Testing

/// Drives a piped `plenum study` one question at a time: waits for each question, finds its
/// card in the generated deck, and types answers and ratings.
struct StudyDriver {
  let child: ChildProcess
  let deck: GeneratedDeck

  var transcript: SessionTranscript { SessionTranscript(child.outputText) }

  /// Waits for question number `number` (1-based) and returns it with its card.
  func question(_ number: Int) throws -> (SessionTranscript.Question, GeneratedDeck.Card) {
    let shown = try child.read(
      until: { SessionTranscript($0.outputText).questions.count >= number },
      waitingFor: "question \(number)")
    guard shown else {
      throw HarnessError(
        "The session ended before question \(number):\n\(child.outputText)\n\(child.errorText)")
    }
    let question = transcript.questions[number - 1]
    guard let card = deck.card(prompt: question.prompt, options: question.options) else {
      throw HarnessError("No card in the deck has the prompt shown: \(question.prompt)")
    }
    return (question, card)
  }

  /// Types `answer`, waits for the rating request, types `rating`, waits for the
  /// acknowledgement of question `number`, and returns the question as completed.
  @discardableResult
  func answer(_ number: Int, with answer: String, rating: String) throws
    -> SessionTranscript.Question
  {
    child.send(answer + "\n")
    try child.read(
      until: {
        SessionTranscript($0.outputText).questions[number - 1].after.contains {
          $0.hasPrefix("Rate it: ")
        }
      },
      waitingFor: "the rating request of question \(number)")
    child.send(rating + "\n")
    try child.read(
      until: { SessionTranscript($0.outputText).questions[number - 1].saved != nil },
      waitingFor: "the acknowledgement of question \(number)")
    return transcript.questions[number - 1]
  }

  /// A right answer: the option's letter, or the answer text.
  static func rightAnswer(_ question: SessionTranscript.Question, _ card: GeneratedDeck.Card)
    -> String
  {
    if let index = question.options.firstIndex(of: card.answer) { return letter(index) }
    return card.answer
  }

  /// A wrong answer: another option's letter, the other truth value, or a nonsense word.
  static func wrongAnswer(_ question: SessionTranscript.Question, _ card: GeneratedDeck.Card)
    -> String
  {
    if let index = question.options.firstIndex(where: { $0 != card.answer }) {
      return letter(index)
    }
    if card.expected.type == "truth" {
      return card.answer.lowercased() == "true" ? "false" : "true"
    }
    return "Zyxwv"
  }

  /// What the log holds for `answer`: a choice given by letter is logged as its text.
  static func logged(_ answer: String, _ question: SessionTranscript.Question) -> String {
    let letters = question.options.indices.map(letter)
    guard let index = letters.firstIndex(of: answer) else { return answer }
    return question.options[index]
  }

  static func letter(_ index: Int) -> String {
    String(UnicodeScalar(UInt8(ascii: "a") + UInt8(index)))
  }
}

/// The texts the session prints for a rating and its next review, as in
/// "Saved: Good. Next review in 10 minutes (2026-09-01 09:10 UTC)."
func expectSaved(
  _ line: String?, rating: String, after minutes: Int, reviewedAt at: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  guard let line, let time = logTime(at) else {
    Issue.record("No acknowledgement or no time for \(rating)", sourceLocation: sourceLocation)
    return
  }
  let unit = minutes == 1 ? "minute" : "minutes"
  let due = stamp(time.addingTimeInterval(Double(minutes) * 60))
  // With TZ=UTC Foundation names the zone "GMT"; with /etc/localtime it says "UTC".
  let accepted = ["UTC", "GMT"].map {
    "Saved: \(rating). Next review in \(minutes) \(unit) (\(due) \($0))."
  }
  #expect(
    accepted.contains(line), "\(line) is not one of \(accepted)", sourceLocation: sourceLocation)
}
