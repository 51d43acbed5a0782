import Foundation
import Testing

/// `plenum grade CARD ANSWER`: the verdict a learner's answer would get, for a real card of
/// the default deck, with the documented exit codes.
@Suite("plenum grade")
struct GradeCommandTests {
  /// The first card of the default deck that takes a typed name, and another card's name.
  private func nameCard() throws -> (Sandbox, GeneratedDeck.Card, String) {
    let sandbox = try Sandbox()
    let (deck, _) = try GeneratedDeck.load(in: sandbox)
    let card = try #require(
      deck.cards.first {
        $0.expected.type == "name" && $0.forms.contains("typed") && $0.answer.count >= 6
      })
    let other = try #require(
      deck.cards.first { $0.expected.type == "name" && $0.answer != card.answer }?.answer)
    return (sandbox, card, other)
  }

  private func grade(_ sandbox: Sandbox, _ arguments: [String]) throws -> (
    RunResult, [String: String]
  ) {
    let result = try sandbox.run(["grade"] + arguments + ["--json"])
    let object =
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: String]
    return (result, object ?? [:])
  }

  @Test func rightAnswerExitsZero() throws {
    let (sandbox, card, _) = try nameCard()
    let (result, object) = try grade(sandbox, [card.id, card.answer])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(
      object == [
        "card": card.id, "form": "typed", "answer": card.answer, "verdict": "correct",
        "expected": card.answer,
      ])
    let text = try sandbox.run(["grade", card.id, card.answer])
    #expect(text.status == 0)
    #expect(text.stdout == "correct: expected \(card.answer)\n")
  }

  @Test func misspeltAnswerIsCloseAndExitsOne() throws {
    let (sandbox, card, _) = try nameCard()
    let typo = String(card.answer.dropLast())
    let (result, object) = try grade(sandbox, [card.id, typo])
    #expect(result.status == 1)
    #expect(
      object == [
        "card": card.id, "form": "typed", "answer": typo, "verdict": "close",
        "expected": card.answer, "note": "check the spelling",
      ])
    let text = try sandbox.run(["grade", card.id, typo])
    #expect(text.stdout == "close: expected \(card.answer) — check the spelling\n")
    #expect(text.status == 1)
  }

  @Test func anotherNameIsWrongAndExitsOne() throws {
    let (sandbox, card, other) = try nameCard()
    let (result, object) = try grade(sandbox, [card.id, other])
    #expect(result.status == 1)
    #expect(object["verdict"] == "wrong")
    #expect(object["expected"] == card.answer)
    #expect(object["note"]?.hasPrefix("that is \(other), ") == true, "\(object)")
  }

  /// A date card asked as multiple choice: letters name choices in the deck's order, and a
  /// date typed the way a typed answer would be ("Apr 1956") picks the choice it means.
  @Test func choiceFormTakesLettersInDeckOrderAndTypedDates() throws {
    let sandbox = try Sandbox()
    let (deck, _) = try GeneratedDeck.load(in: sandbox)
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    func isMonthYear(_ text: String) -> Bool {
      let words = text.split(separator: " ")
      return words.count == 2 && months.contains(String(words[0])) && Int(words[1]) != nil
    }
    let card = try #require(
      deck.cards.first {
        $0.expected.type == "date" && $0.forms.contains("choice") && isMonthYear($0.answer)
          && $0.choices.allSatisfy(isMonthYear)
      })
    let right = try #require(card.choices.firstIndex(of: card.answer))
    let other = try #require(card.choices.indices.first { $0 != right })
    let short = { (text: String) in String(text.prefix(3)) + " " + text.split(separator: " ")[1] }
    let letter = StudyDriver.letter

    let byLetter = try sandbox.run(["grade", card.id, letter(right), "--form", "choice"])
    #expect(byLetter.stdout == "correct: expected \(letter(right))) \(card.answer)\n")
    #expect(byLetter.status == 0)
    let typed = try sandbox.run(["grade", card.id, short(card.answer), "--form", "choice"])
    #expect(typed.stdout == "correct: expected \(letter(right))) \(card.answer)\n")
    #expect(typed.status == 0)
    let named = try sandbox.run(["grade", card.id, short(card.choices[other]), "--form", "choice"])
    #expect(
      named.stdout
        == "wrong: expected \(letter(right))) \(card.answer) — that is \(letter(other))) \(card.choices[other])\n"
    )
    #expect(named.status == 1)
  }

  @Test func unknownCardExitsSixtyEight() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["grade", "no-such-card", "anything"])
    #expect(result.status == 68)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "plenum: There is no card 'no-such-card' in the deck 'august-1956'. "
        + "List the ids with 'plenum generate | grep \"\\\"id\\\"\"'.\n")
  }

  @Test(arguments: ["최창익", "\u{110E}\u{116C}\u{110E}\u{1161}\u{11BC}\u{110B}\u{1175}\u{11A8}"])
  func hangulNameOfTheActorIsCorrect(typed: String) throws {
    let sandbox = try Sandbox()
    let card = "cloze:september-plenum.summary.2"
    let result = try sandbox.run(["grade", card, typed])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "correct: expected Choe Chang-ik\n")
    let other = try sandbox.run(["grade", card, "김일성"])
    #expect(other.status == 1)
    #expect(
      other.stdout == "wrong: expected Choe Chang-ik — that is Kim Il Sung, another person\n")
    // A deck file made from the embedded corpus knows the Hangul names too.
    let deck = sandbox.root + "/deck.json"
    let generated = try sandbox.run([
      "generate", "--kinds", "cloze", "--events", "september-plenum", "--out", deck,
    ])
    try #require(generated.status == 0, "\(generated.stderr)")
    let fromFile = try sandbox.run(["grade", card, typed, "--deck", deck])
    #expect(fromFile.status == 0, "\(fromFile.stderr)")
  }

  @Test func studyShowsTheHangulNameWithTheAnswer() throws {
    let sandbox = try Sandbox()
    let deck = sandbox.root + "/deck.json"
    let generated = try sandbox.run([
      "generate", "--kinds", "event-participant", "--actors", "choe-changik", "--events",
      "september-plenum", "--out", deck,
    ])
    try #require(generated.status == 0, "\(generated.stderr)")
    let result = try sandbox.run(["study", deck, "--progress", sandbox.progress], input: "\n\n")
    #expect(result.status == 0, "\(result.stderr)")
    let shown = result.stdout.split(separator: "\n").filter { $0.hasPrefix("The answer is ") }
    #expect(
      shown.count == 1
        && [
          "The answer is Choe Chang-ik (최창익).", "The answer is Pak Chang-ok (박창옥).",
          "The answer is Kim Il Sung (김일성).",
        ].contains(String(shown[0])), "\(shown)")
  }
}
