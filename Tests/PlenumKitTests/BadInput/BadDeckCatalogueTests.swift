import Foundation
import Testing

@testable import PlenumKit

/// Broken deck files given to `DeckFile.decode`: each fails with one exact sentence.
@Suite("Bad deck catalogue")
struct BadDeckCatalogueTests {
  /// A valid one-card deck as a JSON object, to break one field at a time.
  static func deckObject() -> [String: Any] {
    let card: [String: Any] = [
      "id": "actor-role:kim", "fact": "kim.role", "kind": "actor-role",
      "prompt": "Who chaired the party?", "answer": "Kim Il Sung", "accept": [String](),
      "choices": [String](), "items": [String](), "expected": ["type": "name", "id": "kim-ilsung"],
      "forms": ["typed"], "explanation": "He led the party.",
      "sources": [["kind": "historian", "locator": "p. 1", "source": "s", "title": "A history"]],
      "topics": ["kim-ilsung"], "disputed": false,
    ]
    return [
      "format": 1, "id": "t", "title": "T", "corpus": "c", "seed": 1, "cards": [card],
      "names": [["id": "kim-ilsung", "kind": "actor", "names": ["Kim Il Sung"]]],
    ]
  }

  static func json(_ object: Any) -> Data {
    (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
  }

  static func edited(_ edit: (inout [String: Any]) -> Void) -> Data {
    var object = deckObject()
    edit(&object)
    return json(object)
  }

  static func editedCard(_ edit: (inout [String: Any]) -> Void) -> Data {
    edited { deck in
      var card = (deck["cards"] as? [[String: Any]])?.first ?? [:]
      edit(&card)
      deck["cards"] = [card]
    }
  }

  static let notJSON = "The deck 'bad.json' is not a valid Plenum deck: "

  static let cases: [(name: String, data: Data, message: String)] = [
    ("empty file", Data(), notJSON + "it is not a JSON object."),
    ("array", Data("[]".utf8), notJSON + "it is not a JSON object."),
    (
      "deep nesting",
      Data((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8),
      notJSON + "it is not a JSON object."
    ),
    (
      "deep nesting in a field",
      Data(("{\"format\":1,\"x\":" + String(repeating: "[", count: 100_000)).utf8),
      notJSON + "it is not a JSON object."
    ),
    (
      "invalid UTF-8", Data([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]),
      notJSON + "it is not a JSON object."
    ),
    ("no format", edited { $0["format"] = nil }, notJSON + "the field 'format' is missing."),
    (
      "format as text", edited { $0["format"] = "1" },
      notJSON + "the field 'format' must be a whole number."
    ),
    (
      "format as a boolean", Data(#"{"format":true}"#.utf8),
      notJSON + "the field 'format' must be a whole number."
    ),
    (
      "unknown version", edited { $0["format"] = 2 },
      "The deck 'bad.json' has format 2; this version of Plenum reads format 1. Update Plenum or regenerate the deck."
    ),
    (
      "cards as an object", edited { $0["cards"] = [String: Any]() },
      notJSON + "expected Array<Any> at .cards."
    ),
    (
      "missing prompt", editedCard { $0["prompt"] = nil },
      notJSON + "the field 'prompt' is missing at .cards[0]."
    ),
    ("seed as text", edited { $0["seed"] = "x" }, notJSON + "expected UInt64 at .seed."),
    (
      "unknown kind", editedCard { $0["kind"] = "riddle" },
      notJSON + "Cannot initialize CardKind from invalid String value riddle at .cards[0].kind."
    ),
    (
      "bad date", editedCard { $0["expected"] = ["type": "date", "date": "998"] },
      notJSON
        + "'998' is not a date; write 1956, 1956-summer, 1956-08, 1956-08-30 or a range A..B at .cards[0].expected.date."
    ),
  ]

  @Test(arguments: cases.map(\.name))
  func refusesWithOneSentence(name: String) throws {
    let example = try #require(Self.cases.first { $0.name == name })
    do {
      _ = try DeckFile.decode(example.data, path: "bad.json")
      Issue.record("the deck was read")
    } catch {
      #expect(error.description == example.message)
    }
  }

  @Test func readsATenMegabyteString() throws {
    // Legal JSON under the 64 MiB limit.
    let data = Self.edited { deck in deck["title"] = String(repeating: "x", count: 10 << 20) }
    let deck = try DeckFile.decode(data, path: "big.json")
    #expect(deck.title.utf8.count == 10 << 20)
  }

  @Test func refusesTwoCardsWithOneID() {
    // Progress is keyed on card ids, so two cards with one id would share a history.
    let data = Self.edited { deck in
      let card = (deck["cards"] as? [[String: Any]])?.first ?? [:]
      deck["cards"] = [card, card]
    }
    #expect(
      throws: DeckFile.ReadError.malformed(
        path: "twice.json", reason: "the card id 'actor-role:kim' appears more than once")
    ) {
      try DeckFile.decode(data, path: "twice.json")
    }
  }
}
