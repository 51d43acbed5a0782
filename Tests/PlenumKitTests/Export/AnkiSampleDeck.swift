@testable import PlenumKit

/// Small hand-made decks for the Anki export tests: a choice card with HTML-special text, an
/// ordering card and a typed card whose explanation has a line break.
enum AnkiSampleDeck {
  static let source = CardSource(
    source: "doc-16", locator: "Document No. 16", title: "Report on the plenum", kind: "archival")

  static let deck = Deck(
    id: "sample", title: "August Plenum", corpus: "august-1956", seed: 1956,
    cards: [
      Card(
        id: "event-date:august-plenum", fact: "august-plenum.date", kind: .eventDate,
        prompt: "When did the <August> plenum open?", answer: "30 August 1956",
        choices: ["30 August 1956", "6 March 1956"], expected: .choice, forms: [.choice],
        explanation: "It opened & closed within two days.", sources: [source],
        topics: ["august-plenum"]),
      Card(
        id: "chronology:1956", fact: "chronology.1956", kind: .chronology,
        prompt: "Put these in order.", answer: "a, b", items: ["Trip abroad", "Plenum"],
        expected: .order(["Trip abroad", "Plenum"]), forms: [.order],
        explanation: "The trip came first.", sources: [source], topics: ["august-plenum"]),
      Card(
        id: "actor-fate:choe-changik", fact: "choe-changik.fate", kind: .actorFate,
        prompt: "What became of Choe Chang-ik?", answer: "Expelled",
        expected: .text(accepted: ["Expelled"]), forms: [.typed],
        explanation: "He lost his posts.\nLater he was purged.", sources: [source, source],
        topics: ["choe-changik", "yan'an faction"]),
    ], names: [])

  /// A deck of `count` typed cards, for checking a larger import.
  static func large(count: Int) -> Deck {
    var deck = deck
    deck.id = "large"
    deck.title = "Plenum Large"
    deck.cards = (0..<count).map { index in
      Card(
        id: "quantity:fact-\(index)", fact: "fact-\(index)", kind: .quantity,
        prompt: "Question \(index) < \(index + 1)?", answer: "Answer \(index)",
        expected: .text(accepted: ["Answer \(index)"]), forms: [.typed],
        explanation: "Because \(index).", sources: [source], topics: ["topic-\(index % 7)"])
    }
    return deck
  }
}
