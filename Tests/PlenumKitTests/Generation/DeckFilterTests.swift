import PlenumCorpus
import PlenumKit
import Testing

/// `--from`/`--to` on events whose sources disagree on the date: the August Plenum is dated
/// 30–31 August 1956 by Ivanov's diary and 30 August 1956 by two other documents.
@Suite("Date filters")
struct DeckFilterTests {
  let generator = DeckGenerator(corpus: EmbeddedDeck.corpus)

  func ids(from: String, to: String, kinds: Set<CardKind>? = nil) throws -> Set<String> {
    let options = DeckOptions(
      kinds: kinds, from: try HistoricalDate.parse(from), to: try HistoricalDate.parse(to))
    return Set(generator.generate(options).cards.map(\.id))
  }

  func aboutTheAugustPlenum(_ ids: Set<String>) -> Set<String> {
    ids.filter {
      $0.hasPrefix("event-date:august-plenum@") || $0.hasPrefix("event-participant:august-plenum.")
    }
  }

  @Test func theAugustPlenumIsKeptWhenItsReadingsLieInThePeriod() throws {
    let plenum = EmbeddedDeck.corpus.events.first { $0.id == "august-plenum" }
    #expect(plenum?.dates.count == 2, "the corpus still gives the plenum two dates")
    let kept = try ids(from: "1956-08-01", to: "1956-09-30")
    let all = aboutTheAugustPlenum(Set(EmbeddedDeck.deck.cards.map(\.id)))
    #expect(all.count >= 4)
    #expect(aboutTheAugustPlenum(kept) == all)
    #expect(kept.contains("event-date:august-plenum@ivanov-diary-1956-09-01"))
    #expect(kept.contains("event-participant:august-plenum.yun-gongheum"))
  }

  @Test func oneReadingInThePeriodIsEnough() throws {
    // 30 August alone holds the single-day reading, not the 30–31 August one.
    let kept = try ids(from: "1956-08-30", to: "1956-08-30")
    #expect(kept.contains("event-participant:august-plenum.yun-gongheum"))
    #expect(kept.contains("event-date:august-plenum@essay-2014"))
  }

  @Test func noReadingInThePeriodDropsTheEvent() throws {
    #expect(aboutTheAugustPlenum(try ids(from: "1956-09-01", to: "1956-12-31")).isEmpty)
    #expect(aboutTheAugustPlenum(try ids(from: "1956-08-31", to: "1956-09-30")).isEmpty)
  }

  @Test func everyDatedTopicOfACardMustLieInThePeriod() throws {
    // A card about the plenum and an event of 1955 is outside August–September 1956.
    let kept = try ids(from: "1956-08-01", to: "1956-09-30")
    for card in EmbeddedDeck.deck.cards where kept.contains(card.id) {
      for topic in card.topics {
        guard let event = EmbeddedDeck.corpus.events.first(where: { $0.id == topic }) else {
          continue
        }
        #expect(
          event.dates.contains {
            $0.date.start.year == 1956 && (8...9).contains($0.date.start.month ?? 0)
          },
          "\(card.id) is kept though \(topic) is dated \(event.dates.map(\.date.displayText))")
      }
    }
  }
}
