import PlenumCorpus
import Testing

@Suite("The embedded August 1956 corpus")
struct EmbeddedCorpusTests {
  let corpus = EmbeddedDeck.corpus

  @Test func meetsTheCoverageTargets() {
    #expect(corpus.events.count >= 60)
    #expect(corpus.actors.count >= 50)
    #expect(corpus.sources.count >= 25)
    #expect(factCount >= 250, "only \(factCount) facts")
  }

  /// Atomic facts: dates, places, parts, outcomes, causes, roles, memberships, fates, document
  /// authors, addressees and dates, figures and claim readings.
  var factCount: Int {
    var count = 0
    for event in corpus.events {
      count += event.dates.count + (event.place == nil ? 0 : 1) + event.participants.count
      count += event.outcomes.count + event.causes.count
    }
    for actor in corpus.actors {
      count += actor.roles.count + actor.factions.count + actor.fate.count
    }
    for source in corpus.sources {
      count +=
        (source.author == nil ? 0 : 1) + source.recipients.count + (source.date == nil ? 0 : 1)
    }
    return count + corpus.quantities.count + corpus.claims.reduce(0) { $0 + $1.readings.count }
  }

  @Test func everyCitationNamesASourceThatExists() {
    let known = Set(corpus.sources.map(\.id))
    var citations: [Citation] = []
    for event in corpus.events {
      citations += event.sources + event.dates.flatMap(\.sources)
      citations += event.participants.flatMap(\.sources) + event.outcomes.flatMap(\.sources)
    }
    for actor in corpus.actors {
      citations += actor.sources + actor.roles.flatMap(\.sources) + actor.fate.flatMap(\.sources)
    }
    citations += corpus.factions.flatMap(\.sources) + corpus.places.flatMap(\.sources)
    citations += corpus.quantities.flatMap(\.sources)
    citations += corpus.claims.flatMap { $0.readings.flatMap(\.sources) }
    #expect(citations.count > 500)
    #expect(citations.filter { !known.contains($0.source) }.isEmpty)
    for event in corpus.events { #expect(!event.sources.isEmpty, "\(event.id) has no citation") }
    for actor in corpus.actors { #expect(!actor.sources.isEmpty, "\(actor.id) has no citation") }
  }

  @Test func recordsTheDisputedPlenumDateWithBothReadings() {
    let plenum = corpus.events.first { $0.id == "august-plenum" }
    #expect(plenum?.dateIsDisputed == true)
    #expect(
      plenum?.dates.map(\.date.corpusText).sorted() == ["1956-08-30", "1956-08-30..1956-08-31"])
  }
}
