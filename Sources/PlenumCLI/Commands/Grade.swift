import ArgumentParser
import Foundation
import PlenumKit

/// `plenum grade CARD ANSWER`: how an answer to a card would be judged (for teachers).
struct Grade: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show how an answer to a card would be judged.",
    discussion:
      "Letters name choices in the deck's order, as 'plenum generate' prints them (a study session shuffles them at every review). Exit status: 0 correct, 1 close or wrong, 68 unknown card, 64 an answer the card cannot take."
  )

  @Argument(help: "The card id (see 'plenum generate').")
  var card: String

  @Argument(help: "The answer to judge, as a learner would type it.")
  var answer: String

  @Option(
    help:
      "The form to judge it in: typed, choice, truth, order or cloze (default: typed when the card allows it)."
  )
  var form: String?

  @Option(help: "A deck JSON file (default: the deck built from the embedded corpus).")
  var deck: String?

  @Flag(help: "Print JSON.")
  var json = false

  func run() throws {
    let (deck, hangul) = try CorpusSource.deckWithHangul(self.deck)
    guard let card = deck.cards.first(where: { $0.id == self.card }) else {
      throw PlenumError(
        "There is no card '\(self.card)' in the deck '\(deck.id)'. "
          + "List the ids with 'plenum generate | grep \"\\\"id\\\"\"'.", .unknownCard)
    }
    guard let firstForm = card.forms.first else {
      throw PlenumError(
        "The card '\(card.id)' in the deck '\(deck.id)' lists no forms "
          + "(\"forms\": []), so it cannot be asked or graded. Regenerate the deck with 'plenum generate'.",
        .badData)
    }
    let chosen: CardForm
    if let form {
      guard let parsed = CardForm(rawValue: form), card.forms.contains(parsed) else {
        throw PlenumError(
          "The card '\(card.id)' can be asked as \(card.forms.map(\.rawValue).joined(separator: ", ")); not as '\(form)'.",
          .usage)
      }
      chosen = parsed
    } else {
      chosen = card.forms.contains(.typed) ? .typed : firstForm
    }
    let presentation = CardPresentation(card: card, form: chosen)
    let names =
      HangulNames.containsHangul(answer) ? hangul.names.adding(to: deck.names) : deck.names
    let checker = AnswerChecker(names: NameIndex(names))
    switch checker.check(answer, against: presentation.key) {
    case .invalid(let message):
      throw PlenumError("\(message)", .usage)
    case .judged(let judgement):
      if json {
        var object: [String: String] = [
          "card": card.id, "form": chosen.rawValue, "answer": answer,
          "verdict": judgement.verdict.rawValue, "expected": judgement.expected,
        ]
        if let note = judgement.note { object["note"] = note }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        Console.write(data + Data("\n".utf8))
      } else {
        let note: ConsoleText = judgement.note.map { " — \($0)" } ?? ""
        Console.say("\(judgement.verdict.rawValue): expected \(judgement.expected)" + note)
      }
      if judgement.verdict != .correct { throw PlenumError.quiet(.wrongAnswer) }
    }
  }
}
