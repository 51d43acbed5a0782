import PlenumExport
import PlenumKit
import Testing

@Suite("Class kits from the default deck")
struct ClassKitTests {
  let deck = DeckGenerator(corpus: EmbeddedDeck.corpus).generate(DeckOptions(size: 12))

  @Test func markdownVariantsShuffleFromOneSeedAndEachHasItsKey() {
    let variants = MarkdownQuiz(deck: deck).variants(3, seed: 5)
    #expect(variants.map(\.name) == ["A", "B", "C"])
    #expect(Set(variants.map(\.quiz)).count == 3)
    #expect(MarkdownQuiz(deck: deck).variants(3, seed: 5) == variants)
    for variant in variants {
      #expect(variant.quiz.hasPrefix("# \(deck.title) — quiz, version \(variant.name)\n"))
      #expect(variant.key.contains("Source: "))
      #expect(
        variant.quiz.components(separatedBy: "\n").filter {
          $0.range(of: #"^\d+\. "#, options: .regularExpression) != nil
        }.count == 12)
      #expect(!variant.quiz.contains("**"), "the quiz must not show answers")
    }
  }

  @Test func ankiTextHasItsHeaderAndStableGuids() {
    let text = AnkiText.render(deck)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      Array(lines.prefix(6)) == [
        "#separator:tab", "#html:false", "#notetype:Basic", "#deck:\(deck.title)", "#guid column:1",
        "#tags column:4",
      ])
    let guids = deck.cards.map { AnkiText.guid(deck: deck, card: $0) }
    #expect(Set(guids).count == deck.cards.count)
    var reworded = deck
    reworded.cards[0].prompt = "Reworded prompt"
    #expect(AnkiText.guid(deck: reworded, card: reworded.cards[0]) == guids[0])
  }

  @Test func csvQuotesFieldsWithCommasQuotesAndLineBreaks() {
    #expect(CardCSV.quote("plain") == "plain")
    #expect(CardCSV.quote("a, b") == "\"a, b\"")
    #expect(CardCSV.quote("say \"no\"") == "\"say \"\"no\"\"\"")
    let csv = CardCSV.render(deck)
    #expect(csv.hasPrefix(CardCSV.header + "\r\n"))
    #expect(csv.components(separatedBy: "\r\n").count == deck.cards.count + 2)
  }
}
