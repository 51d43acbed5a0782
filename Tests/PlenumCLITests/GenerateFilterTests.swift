import Foundation
import Testing

/// `plenum generate` with date filters and `--size`: events with several dated readings are
/// kept when any reading is in the period, and a deck smaller than `--size` is written with a
/// warning on stderr.
@Suite("plenum generate filters")
struct GenerateFilterTests {
  @Test func theAugustPlenumIsKeptByAPeriodHoldingItsDates() throws {
    let sandbox = try Sandbox()
    let (deck, _) = try GeneratedDeck.load(
      in: sandbox,
      arguments: [
        "--kinds", "event-date", "--events", "august-plenum", "--from", "1956-08-01", "--to",
        "1956-09-30", "--size", "30",
      ])
    #expect(
      deck.cards.map(\.id).sorted() == [
        "event-date:august-plenum@essay-2014", "event-date:august-plenum@ivanov-diary-1956-09-01",
      ])
  }

  @Test func aPeriodLeavesOutEventsDatedOutsideIt() throws {
    let sandbox = try Sandbox()
    let events = ["--kinds", "event-date", "--events", "august-plenum,september-plenum"]
    let (all, _) = try GeneratedDeck.load(in: sandbox, arguments: events)
    let (autumn, _) = try GeneratedDeck.load(
      in: sandbox, arguments: events + ["--from", "1956-09-01", "--to", "1956-12-31"])
    #expect(all.cards.contains { $0.id.hasPrefix("event-date:august-plenum") })
    #expect(!autumn.cards.isEmpty)
    // The August Plenum (30 or 30–31 August 1956) is outside September–December.
    #expect(autumn.cards.allSatisfy { $0.id.hasPrefix("event-date:september-plenum") })
    #expect(autumn.cards.count < all.cards.count)
  }

  @Test func fewerCardsThanTheSizeAskedAreWrittenWithAWarning() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run([
      "generate", "--kinds", "event-date", "--events", "august-plenum", "--from", "1956-08-01",
      "--to", "1956-09-30", "--size", "30",
    ])
    #expect(result.status == 0)
    #expect(
      result.stderr == "generate: the filters left 2 cards, fewer than --size 30; writing 2.\n")
    let deck = try JSONDecoder().decode(GeneratedDeck.self, from: Data(result.stdout.utf8))
    #expect(deck.cards.count == 2)

    let one = try sandbox.run([
      "generate", "--kinds", "event-date", "--events", "september-plenum", "--size", "5", "--out",
      sandbox.root + "/one.json",
    ])
    #expect(one.status == 0)
    #expect(
      one.stderr
        == "generate: the filters left 1 card, fewer than --size 5; writing 1.\nWrote \(sandbox.root)/one.json.\n"
    )
  }

  @Test func aSizeBeyondTheWholeCorpusSaysTheCorpusYieldsFewer() throws {
    let sandbox = try Sandbox()
    let (deck, _) = try GeneratedDeck.load(in: sandbox)
    let result = try sandbox.run(["generate", "--size", "100000"])
    #expect(result.status == 0)
    let count = deck.cards.count
    #expect(
      result.stderr
        == "generate: the corpus yields \(count) cards, fewer than --size 100000; writing \(count).\n"
    )
    #expect(result.stdout == (try sandbox.run(["generate"])).stdout, "the whole deck is written")
  }

  @Test func enoughCardsForTheSizeWarnNothing() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run([
      "generate", "--kinds", "event-date", "--events", "august-plenum", "--from", "1956-08-01",
      "--to", "1956-09-30", "--size", "2",
    ])
    #expect(result.status == 0)
    #expect(result.stderr == "")
  }
}
