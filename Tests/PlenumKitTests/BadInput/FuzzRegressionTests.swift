import Foundation
import Testing

@testable import PlenumCorpus
@testable import PlenumKit

/// Inputs the fuzzers (Fuzz/run.sh) found, fed to the same entry points: each once crashed
/// or broke a round trip and must now end cleanly.
@Suite("Fuzzer regressions")
struct FuzzRegressionTests {
  /// The bytes of Fixtures/regressions/`name`.
  static func input(_ name: String) throws -> Data {
    let url = try #require(
      Bundle.module.url(
        forResource: name, withExtension: nil, subdirectory: "Fixtures/regressions"))
    return try Data(contentsOf: url)
  }

  /// Fuzz/CorpusLoader: a corpus dated `0998..1999` loaded, but its deck wrote the date as
  /// "998..1999", which the deck reader refuses, so `plenum generate` wrote a deck nothing
  /// could read. Years are now written with four digits.
  @Test func deckFromACorpusWithAThreeDigitYearReadsBack() throws {
    let text = String(decoding: try Self.input("corpus-three-digit-year.yaml"), as: UTF8.self)
    let corpus = try CorpusLoader.load(yaml: text, fileName: "corpus-three-digit-year.yaml").corpus
    let deck = DeckGenerator(corpus: corpus).generate()
    let dates = deck.cards.compactMap { card -> String? in
      if case .date(let date) = card.expected, date.start.year < 1000 { return date.corpusText }
      return nil
    }
    #expect(dates.contains("0998..1999"))
    #expect(try DeckFile.decode(DeckFile.encode(deck), path: "deck.json") == deck)
  }

  @Test func historicalDatesBelowYearOneThousandKeepFourDigits() throws {
    for text in ["0998", "0001-08", "0956-summer", "0998..1999", "0099-02-28"] {
      let date = try HistoricalDate.parse(text)
      #expect(date.corpusText == text)
      #expect(try HistoricalDate.parse(date.corpusText) == date)
    }
  }
}

extension FuzzRegressionTests {
  /// Found while writing Fuzz/DeckReader (which now presents every card in every form): a
  /// deck card with 30 choices crashed `:hint` (index 29 into the 26 letters).
  @Test func hintOnACardWithThirtyChoicesNamesANumber() throws {
    let deck = try DeckFile.decode(try Self.input("deck-thirty-choices.json"), path: "d.json")
    let card = try #require(deck.cards.first)
    #expect(CardPresentation(card: card, form: .choice).hint == "It is not 30).")
    var order = card
    order.items = (0..<30).map { "Item \($0)" }
    order.expected = .order(Array(order.items.reversed()))
    #expect(CardPresentation(card: order, form: .order).hint == "The earliest is 30).")
  }
}
