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
}
