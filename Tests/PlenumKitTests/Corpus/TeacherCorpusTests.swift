import Testing

@testable import PlenumCorpus
@testable import PlenumKit

@Suite("A teacher's corpus on another topic")
struct TeacherCorpusTests {
  @Test func lankovCorpusLoadsWithoutErrorsOrWarnings() throws {
    let (corpus, warnings) = try CorpusLoader.load(
      yaml: try fixture("lankov-stalinism"), fileName: "lankov-stalinism.yaml")
    #expect(warnings.map(\.description) == [])
    #expect(corpus.id == "lankov-stalinism")
    #expect(corpus.sources.count == 5)
    #expect(Set(corpus.sources.map(\.file)) == ["004"])
    #expect(corpus.actors.count == 5)
    #expect(corpus.events.count == 9)
    #expect(corpus.claims.map(\.readings.count) == [2])
    #expect(corpus.events.first { $0.id == "great-famine" }?.date?.corpusText == "1996..1999")
  }

  @Test func lankovCorpusProducesADeckOfItsOwn() throws {
    let (corpus, _) = try CorpusLoader.load(
      yaml: try fixture("lankov-stalinism"), fileName: "lankov-stalinism.yaml")
    let deck = DeckGenerator(corpus: corpus).generate(DeckOptions(title: "North Korea after 1990"))
    #expect(deck.corpus == "lankov-stalinism")
    #expect(deck.title == "North Korea after 1990")
    #expect(deck.cards.count >= 30)
    #expect(Set(deck.cards.map(\.kind)).isSuperset(of: [.eventDate, .cloze, .interpretation]))
    #expect(
      deck.cards.allSatisfy {
        !$0.sources.isEmpty && $0.sources.allSatisfy { $0.locator.contains("file 004") }
      })
    let names = Set(deck.names.map(\.id))
    #expect(Set(corpus.actors.map(\.id)).isSubset(of: names))
  }
}
