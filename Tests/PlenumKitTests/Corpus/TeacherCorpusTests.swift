import Testing

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
}
