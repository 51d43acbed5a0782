import Testing

@testable import PlenumCorpus

@Suite("Loading a valid corpus")
struct CorpusLoaderValidTests {
  @Test func loadsEveryFieldIntoTheModel() throws {
    let (corpus, warnings) = try CorpusLoader.load(
      yaml: try fixture("small-valid"), fileName: "small.yaml")
    #expect(warnings == [])
    let memo = Citation(source: "memo-1")
    let history = Citation(source: "history-1")
    let expected = Corpus(
      id: "small-test", title: "A small test corpus",
      description: "Two meetings in an invented town.",
      sources: [
        Source(
          id: "memo-1", title: "Memorandum about the council meeting", kind: .archival,
          origin: "Town archive",
          author: "ana-ri", recipients: ["bo-kim"],
          date: HistoricalDate(year: 1956, month: 7, day: 20),
          file: "007", locator: "Document No. 1",
          summary: "The memorandum reports the {{council meeting}}."),
        Source(
          id: "history-1", title: "A history of the town", kind: .historian, origin: "A. Historian",
          locator: "chapter 2"),
      ],
      places: [
        Place(id: "riverton", name: "Riverton", aliases: ["River Town"], sources: [history])
      ],
      factions: [
        Faction(
          id: "river-group", name: "River group", aliases: ["the river faction"],
          summary: "Councillors from the river district.",
          sources: [Citation(source: "history-1", at: "p. 4")])
      ],
      actors: [
        Actor(
          id: "ana-ri", name: "Ana Ri", hangul: "리아나", aliases: ["Ana Li"],
          factions: ["river-group"],
          summary: "A councillor who {{opened the debate}}.",
          roles: [
            Actor.Role(
              id: "councillor", title: "councillor", from: HistoricalDate(year: 1950),
              to: HistoricalDate(year: 1956, month: 8), sources: [memo])
          ],
          fate: [
            Actor.FateReading(
              text: "left the council", date: HistoricalDate(year: 1957), sources: [history]),
            Actor.FateReading(text: "stayed on the council", sources: [memo]),
          ],
          confusable: ["bo-kim"], sources: [memo, Citation(source: "history-1", at: "p. 7")]),
        Actor(id: "bo-kim", name: "Bo Kim", summary: "The council's chairman.", sources: [history]),
      ],
      events: [
        Event(
          id: "first-meeting", name: "the first council meeting",
          dates: [
            Event.DateReading(
              date: HistoricalDate(.init(year: 1956, season: .summer)), sources: [history])
          ],
          place: "riverton", summary: "The council met for the first time.", sources: [history]),
        Event(
          id: "second-meeting", name: "the second council meeting",
          dates: [
            Event.DateReading(
              date: HistoricalDate(
                .init(year: 1956, month: 8, day: 30), to: .init(year: 1956, month: 8, day: 31)),
              sources: [memo]),
            Event.DateReading(date: HistoricalDate(year: 1956, month: 9), sources: [history]),
          ],
          summary: "At the {{second meeting}}, Ana Ri spoke.", causes: ["first-meeting"],
          participants: [
            Event.Participant(actor: "ana-ri", part: "spoke against the chairman", sources: [memo])
          ],
          outcomes: [
            Event.Outcome(id: "vote", text: "The council voted to adjourn", sources: [memo])
          ],
          sources: [memo]),
      ],
      quantities: [
        Quantity(
          id: "councillors", what: "councillors attended the second meeting", value: 40,
          approximate: true,
          unit: "people", scope: "the second meeting", date: HistoricalDate(year: 1956, month: 8),
          event: "second-meeting", sources: [memo])
      ],
      claims: [
        Claim(
          id: "meeting-planned", question: "was the second meeting planned in advance?",
          about: ["second-meeting", "ana-ri"],
          readings: [
            Claim.Reading(
              holder: "A. Historian", answer: "Yes; it had been announced a month before.",
              sources: [history]),
            Claim.Reading(
              holder: "the memorandum", answer: "No; it was called at short notice.",
              sources: [memo]),
          ])
      ])
    #expect(corpus.sources == expected.sources)
    #expect(corpus.places == expected.places)
    #expect(corpus.factions == expected.factions)
    #expect(corpus.actors == expected.actors)
    #expect(corpus.events == expected.events)
    #expect(corpus.quantities == expected.quantities)
    #expect(corpus.claims == expected.claims)
    #expect(corpus == expected)
  }

  @Test func recordsWhereEachEntryWasWritten() throws {
    let loaded = try CorpusLoader.loadWithMarks(
      yaml: try fixture("small-valid"), fileName: "small.yaml")
    #expect(loaded.marks["actors[0]"] == .init(line: 35, column: 5))
    #expect(loaded.marks["actors[0].factions[0]"] == .init(line: 39, column: 16))
    #expect(loaded.marks["events[1].dates[1].date"] == .init(line: 71, column: 15))
    #expect(loaded.marks["actors[0].sources[1].source"] == .init(line: 54, column: 32))
  }

  @Test func loadsTheEmbeddedCorpus() throws {
    let (corpus, _) = try CorpusLoader.loadEmbedded()
    #expect(corpus.id == "august-1956")
  }

  @Test func readsAHeaderOnlyCorpus() throws {
    let (corpus, warnings) = try CorpusLoader.load(
      yaml: "format: 1\nid: tiny\ntitle: Tiny\n", fileName: "tiny.yaml")
    #expect(corpus == Corpus(id: "tiny", title: "Tiny"))
    #expect(warnings == [])
  }

  @Test func dropsTheFinalNewlineOfBlockScalarsButKeepsInnerOnesInProse() throws {
    let yaml =
      "format: 1\nid: t\ntitle: >\n  A folded\n  title\ndescription: |\n  Line one.\n  Line two.\n"
    let (corpus, _) = try CorpusLoader.load(yaml: yaml, fileName: "t.yaml")
    #expect(corpus.title == "A folded title")
    #expect(corpus.description == "Line one.\nLine two.")
  }

  @Test func warnsAboutAClaimWithOneReadingButLoads() throws {
    let (corpus, warnings) = try CorpusLoader.load(
      yaml: header + """
        claims:
          - id: lonely
            question: was it planned?
            readings:
              - holder: a historian
                answer: Yes.
                sources: [doc-1]
        """, fileName: "t.yaml")
    #expect(corpus.claims.count == 1)
    #expect(
      warnings.map(\.description) == [
        """
        t.yaml:14:7: warning: claim 'lonely' has 1 reading; a claim records where sources differ, so give two readings or more
              - holder: a historian
              ^
        """
      ])
  }
}
