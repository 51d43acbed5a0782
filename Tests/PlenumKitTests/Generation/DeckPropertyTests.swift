import Foundation
import PlenumCorpus
import PlenumKit
import Testing

@Suite("Properties of the default deck")
struct DeckPropertyTests {
  let deck = EmbeddedDeck.deck
  let names = NameIndex(EmbeddedDeck.deck.names)

  @Test func everyCardHasACitationToAKnownSource() {
    let known = Set(EmbeddedDeck.corpus.sources.map(\.id))
    for card in deck.cards {
      #expect(!card.sources.isEmpty, "\(card.id) has no source")
      for source in card.sources {
        #expect(known.contains(source.source), "\(card.id) cites unknown \(source.source)")
      }
    }
  }

  @Test func noPromptContainsItsAnswer() {
    let giveaways = deck.cards.filter(\.promptContainsAnswer).map(\.id)
    #expect(giveaways.isEmpty)
  }

  @Test func choicesHoldTheAnswerExactlyOnceAndNoOtherRightAnswer() {
    for card in deck.cards where !card.choices.isEmpty {
      #expect(card.choices.filter { $0 == card.answer }.count == 1, "\(card.id)")
      let folded = card.choices.map { $0.lowercased() }
      #expect(Set(folded).count == folded.count, "\(card.id) repeats a choice")
      if case .name(let id) = card.expected {
        for choice in card.choices where choice != card.answer {
          #expect(
            !names.ids(matching: choice).contains(id),
            "\(card.id): '\(choice)' also names the answer")
        }
      }
    }
  }

  @Test func distractorsForPartsAreNeverPeopleTheCorpusRecordsDoingThatPart() {
    let corpus = EmbeddedDeck.corpus
    for card in deck.cards where card.kind == .eventParticipant {
      let eventID = String(card.fact.split(separator: ".")[0])
      guard let event = corpus.events.first(where: { $0.id == eventID }) else {
        Issue.record("\(card.id) names no event")
        continue
      }
      let part = event.participants.first { card.fact.hasSuffix(".participant.\($0.actor)") }!.part
      let doers = event.participants.filter { $0.part.lowercased() == part.lowercased() }.compactMap
      {
        doer in corpus.actors.first { $0.id == doer.actor }?.name
      }
      for choice in card.choices where choice != card.answer {
        #expect(!doers.contains(choice), "\(card.id) offers \(choice), who also \(part)")
      }
    }
  }

  @Test func whoHeldAPostOffersNoHeadOfStateAndOnlyPeopleOfTheHoldersSide() {
    let corpus = EmbeddedDeck.corpus
    let byName = Dictionary(corpus.actors.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    let leaders = Set(corpus.actors.filter(\.leader).map(\.name))
    #expect(leaders.isSuperset(of: ["Joseph Stalin", "Mao Zedong", "Kim Il Sung"]))
    let cards = deck.cards.filter { $0.kind == .roleActor }
    #expect(cards.count >= 10)
    for card in cards {
      let holder = try! #require(byName[card.answer])
      for choice in card.choices where choice != card.answer {
        #expect(!leaders.contains(choice), "\(card.id) offers \(choice)")
        #expect(byName[choice]?.side == holder.side, "\(card.id) offers \(choice)")
      }
    }
  }

  @Test func noOneDeadByTheEventOrThePostIsOffered() {
    let corpus = EmbeddedDeck.corpus
    // The corpus's dated deaths: Stalin (March 1953), Beria (1953), …
    let deaths: [(name: String, ordinal: Int)] = corpus.actors.compactMap { actor in
      guard
        let reading = actor.fate.first(where: {
          $0.text.hasPrefix("died") || $0.text.contains("executed")
        }), let date = reading.date
      else { return nil }
      return (actor.name, date.latestOrdinal)
    }
    #expect(deaths.map(\.name).contains("Joseph Stalin"))
    var checked = 0
    // Thirty seeds: the distractors are drawn at random, and one deck may miss the dead.
    let cards = (1...30).flatMap { seed in
      DeckGenerator(corpus: corpus).generate(
        DeckOptions(seed: UInt64(seed), kinds: [.eventParticipant, .trueFalse, .roleActor])
      ).cards
    }
    for card in cards {
      let role = corpus.actors.flatMap(\.roles).first { card.fact.hasSuffix(".role.\($0.id)") }
      let event = corpus.events.first { $0.id == card.topics[0] }
      guard
        let start = event?.dates.map(\.date.earliestOrdinal).min()
          ?? (role?.from ?? role?.to)?.earliestOrdinal
      else { continue }
      let offered = card.kind == .trueFalse ? [card.prompt] : card.choices
      for death in deaths where death.ordinal < start {
        #expect(
          !offered.contains { $0.contains(death.name) }, "\(card.id) offers \(death.name)")
        checked += 1
      }
    }
    #expect(checked > 1_000)
  }

  @Test func dateQuestionsAskNoFinerThanTheCorpusKnows() {
    let corpus = EmbeddedDeck.corpus
    for card in deck.cards where card.kind == .eventDate {
      guard case .date(let asked) = card.expected else {
        Issue.record("\(card.id) is not a date card")
        continue
      }
      let eventID = String(card.fact.dropLast(".date".count))
      let event = corpus.events.first { $0.id == eventID }
      #expect(event?.dates.map(\.date).contains(asked) == true, "\(card.id) asks \(asked)")
    }
  }

  @Test func disputedFactsAreAskedOnlyAccordingToASource() {
    for card in deck.cards where card.disputed {
      #expect(card.prompt.hasPrefix("According to "), "\(card.id): \(card.prompt)")
    }
    let augustDates = deck.cards.filter { $0.fact == "august-plenum.date" && $0.kind == .eventDate }
    #expect(augustDates.count >= 2)
    #expect(augustDates.allSatisfy { $0.disputed })
  }

  @Test func everyIDIsUniqueAndMadeOfKindAndFact() {
    #expect(Set(deck.cards.map(\.id)).count == deck.cards.count)
    for card in deck.cards {
      #expect(card.id.hasPrefix(card.kind.rawValue + ":"), "\(card.id)")
    }
  }

  @Test func generationIsDeterministicAndTheSeedMatters() {
    let again = DeckGenerator(corpus: EmbeddedDeck.corpus).generate()
    #expect(DeckFile.encode(again) == DeckFile.encode(deck))
    let other = DeckGenerator(corpus: EmbeddedDeck.corpus).generate(DeckOptions(seed: 7))
    #expect(DeckFile.encode(other) != DeckFile.encode(deck))
    #expect(other.cards.map(\.id) == deck.cards.map(\.id))
  }

  @Test func rewordingTheCorpusKeepsEveryCardID() {
    var corpus = EmbeddedDeck.corpus
    for index in corpus.events.indices {
      corpus.events[index].name += " (reworded)"
      corpus.events[index].summary = corpus.events[index].summary.replacingOccurrences(
        of: "the", with: "THE")
      for o in corpus.events[index].outcomes.indices {
        corpus.events[index].outcomes[o].text += "!"
      }
    }
    for index in corpus.actors.indices {
      corpus.actors[index].summary = "Reworded."
      for r in corpus.actors[index].roles.indices {
        corpus.actors[index].roles[r].title += " (sic)"
      }
    }
    for index in corpus.sources.indices { corpus.sources[index].title += " (reworded)" }
    let reworded = DeckGenerator(corpus: corpus).generate()
    let before = Set(deck.cards.map(\.id))
    let after = Set(reworded.cards.map(\.id))
    // Wording may drop a card (a new giveaway) but never renames one.
    #expect(
      after.subtracting(before).isEmpty, "new ids: \(after.subtracting(before).sorted().prefix(5))")
    #expect(Double(after.count) >= Double(before.count) * 0.98)
  }

  @Test func filtersSelectByKindTopicDateAndSize() {
    let generator = DeckGenerator(corpus: EmbeddedDeck.corpus)
    let dates = generator.generate(DeckOptions(kinds: [.eventDate]))
    #expect(!dates.cards.isEmpty && dates.cards.allSatisfy { $0.kind == .eventDate })
    let about = generator.generate(DeckOptions(topics: ["choe-changik"]))
    #expect(!about.cards.isEmpty && about.cards.allSatisfy { $0.topics.contains("choe-changik") })
    let august = generator.generate(
      DeckOptions(
        from: try! HistoricalDate.parse("1956-08"), to: try! HistoricalDate.parse("1956-08")))
    #expect(!august.cards.isEmpty)
    let small = generator.generate(DeckOptions(size: 25))
    #expect(small.cards.count == 25)
    #expect(generator.generate(DeckOptions(size: 25)) == small)
  }

  @Test func aSizedQuizAsksOneCardPerSiblingUntilItRunsOut() {
    let generator = DeckGenerator(corpus: EmbeddedDeck.corpus)
    let whole = generator.generate()
    let keys = Set(whole.cards.map(\.sibling))
    #expect(keys.count < whole.cards.count, "the default deck has siblings to spread")
    for seed: UInt64 in [1, 7, 1956] {
      let quiz = generator.generate(DeckOptions(seed: seed, size: 60))
      #expect(quiz.cards.count == 60)
      #expect(Set(quiz.cards.map(\.sibling)).count == 60, "seed \(seed)")
    }
    let most = generator.generate(DeckOptions(size: keys.count + 5))
    #expect(Set(most.cards.map(\.sibling)) == keys, "every key first, then repeats")
  }

  @Test func theCommittedDefaultDeckIsCurrent() throws {
    let url = EmbeddedDeck.packageRoot.appendingPathComponent("decks/august-1956.json")
    let committed = try Data(contentsOf: url)
    #expect(
      committed == DeckFile.encode(deck),
      "decks/august-1956.json is stale: run 'swift run plenum generate --out decks/august-1956.json'"
    )
  }
}
