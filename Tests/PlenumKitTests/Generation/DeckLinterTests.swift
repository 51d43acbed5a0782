import Foundation
import PlenumKit
import Testing

@Suite("The deck linter")
struct DeckLinterTests {
  let corpus = EmbeddedDeck.corpus
  let deck = EmbeddedDeck.deck

  @Test func theDefaultDeckBreaksNoRule() {
    let findings = DeckLinter(corpus: corpus).lint(deck)
    #expect(
      findings.isEmpty,
      "\(findings.map { "\($0.card ?? "deck"): \($0.rule.rawValue): \($0.detail)" })")
  }

  @Test func noExplanationOfTheDefaultDeckOnlyRestatesItsCard() {
    let restating = deck.cards.filter { card in
      let seen = Self.words(
        card.prompt + " " + card.answer + " " + card.choices.joined(separator: " "))
      return Self.words(card.explanation).isSubset(of: seen)
    }
    #expect(restating.map(\.id) == [])
  }

  @Test func theDefaultDeckSpendsItsCardsOnKorea1953To1960AndNotOnDates() {
    let total = Double(deck.cards.count)
    let dateKinds: Set<CardKind> = [
      .eventDate, .dateEvent, .documentDate, .chronology, .firstOfTwo,
    ]
    let dates = deck.cards.filter { dateKinds.contains($0.kind) }.count
    #expect(Double(dates) <= 0.25 * total, "\(dates) of \(deck.cards.count) cards ask dates")
    var perEvent: [String: Int] = [:]
    for card in deck.cards where card.kind == .eventDate || card.kind == .dateEvent {
      perEvent[card.topics[0], default: 0] += 1
    }
    #expect(perEvent.filter { $0.value > 2 }.isEmpty, "\(perEvent)")
    let background = Set(corpus.events.filter(\.background).map(\.id))
    let outside = deck.cards.filter { card in
      let events = card.topics.filter { id in corpus.events.contains { $0.id == id } }
      return !events.isEmpty && events.allSatisfy(background.contains)
    }
    #expect(Double(outside.count) <= 0.10 * total, "\(outside.map(\.id))")
  }

  @Test(arguments: [
    "development-dispute", "prison-threat", "sycophants-named", "china-relations",
    "conviction-witnesses",
    "tax-in-kind-1954",
  ])
  func topicsTheOldDeckMissedHaveCards(topic: String) {
    #expect(deck.cards.contains { $0.topics.contains(topic) }, "no card about \(topic)")
  }

  @Test func everyMultipleChoiceKeyLooksLikeItsOptions() {
    for card in deck.cards where card.choices.count >= 3 {
      let others = card.choices.filter { $0 != card.answer }.map(\.count)
      #expect(Double(card.answer.count) <= 1.8 * Double(others.max()!) + 12, "\(card.id)")
    }
  }

  // MARK: - Each rule catches its defect

  /// A copy of the default deck's first card of `kind` (or with `id`), changed by `edit`.
  func card(_ id: String, _ edit: (inout Card) -> Void) throws -> Card {
    var card = try #require(deck.cards.first { $0.id == id }, "no card \(id)")
    edit(&card)
    return card
  }

  func findings(_ cards: [Card], balance: Bool = false) -> [DeckLinter.Rule] {
    var small = deck
    small.cards = cards
    return DeckLinter(corpus: corpus).lint(small, balance: balance).map(\.rule)
  }

  @Test func catchesAnOptionThatSpellsOutTheAskedDate() throws {
    let broken = try card("date-event:secret-speech-event") {
      $0.choices = [
        $0.answer, "The meeting of 25 February 1956", "Vinogradov's memo", "Kim's trip",
      ]
    }
    #expect(findings([broken]) == [.optionNamesTheDate])
    let named = try card("date-event:secret-speech-event") {
      $0.prompt = "Which of these happened on 25 February 1956?"
      $0.answer = "The February speech"
      $0.choices = [$0.answer, "Vinogradov's memo", "Kim's trip", "The Third Congress of the KWP"]
    }
    #expect(findings([named]) == [.optionNamesTheDate])
  }

  @Test func catchesADateOptionOutsideTheMonthTheQuestionNames() throws {
    let fine = try card("event-date:august-plenum@essay-2014") { _ in }
    #expect(fine.prompt.contains("August Plenum"))
    #expect(findings([fine]) == [])
    let broken = try card("event-date:august-plenum@essay-2014") {
      $0.choices = [$0.answer, "14 August 1956", "8 September 1956", "30 July 1956"]
    }
    #expect(findings([broken]) == [.optionLeavesNamedMonth, .optionLeavesNamedMonth])
  }

  @Test func catchesAnOptionThatRepeatsTheAskedEvent() throws {
    let broken = try card("event-date:kwp-third-congress") {
      $0.prompt = "When did the Third Congress of the KWP meet?"
      $0.choices[0] = "April 1956, at the Third Congress of the KWP"
    }
    #expect(findings([broken]).contains(.optionRepeatsEvent))
  }

  @Test func catchesAStatementTrueByItsOwnWording() throws {
    let broken = try card("true-false:flight-to-china.participant.seo-hwi") {
      $0.fact = "may-29-promotions.date"
      $0.topics = ["may-29-promotions"]
      $0.prompt =
        "True or false: The 29 May 1956 meeting of the KWP Political Council took place on 29 May 1956."
    }
    #expect(findings([broken]) == [.tautology])
  }

  @Test func catchesAFalseStatementThatNamesTheTrueActor() throws {
    let broken = try card("true-false:flight-to-china.participant.kim-changil") {
      $0.prompt =
        "True or false: Kim Chang-man fled to China with Kim Chang-il during the August Plenum."
    }
    #expect(findings([broken]) == [.statementNamesKey])
  }

  @Test func catchesASubstituteFromAnotherSide() throws {
    let broken = try card("true-false:flight-to-china.participant.kim-changil") {
      $0.prompt = "True or false: Vyacheslav Molotov fled to China during the August Plenum."
      $0.topics = ["flight-to-china", "kim-changil", "molotov"]
    }
    #expect(findings([broken]) == [.substituteOfAnotherSide])
  }

  @Test func catchesOnePromptWithTwoAnswers() throws {
    let first = try card("event-date:kwp-third-congress") { _ in }
    let second = try card("event-date:kwp-third-congress") {
      $0.id = "event-date:other"
      let key = $0.answer
      $0.answer = $0.choices.first { $0 != key } ?? "May 1956"
    }
    #expect(findings([first, second]) == [.duplicatePrompt])
  }

  @Test func catchesADistractorWhoWasAtTheEventToo() throws {
    let broken = try card("event-participant:august-plenum.yun-gongheum") {
      $0.choices[$0.choices.firstIndex { $0 != "Yun Kong-hum" }!] = "Choe Chang-ik"
    }
    #expect(findings([broken]) == [.distractorSharesEvent])
  }

  @Test func catchesAPostAskedWithoutItsTime() throws {
    let broken = try card("role-actor:yun-gongheum.role.trade-minister") {
      $0.fact = "kim-ilsung.role.prime-minister"
      $0.prompt = "Who was the prime minister of the DPRK?"
    }
    #expect(findings([broken]) == [.roleWithoutTime])
  }

  @Test func catchesAnAuthoringNote() throws {
    let broken = try card("cloze:august-plenum.summary.1") {
      $0.sources[0].locator = "passages whose heading is lost (use the `at` cue)"
    }
    #expect(findings([broken]) == [.authoringNote])
  }

  @Test func catchesADocumentThatTakesPlace() throws {
    let broken = try card("event-date:li-sangjo-letter-kwp") {
      $0.prompt =
        "When did Li Sang-jo's letter to the KWP Central Committee take place? (give the day)"
    }
    #expect(findings([broken]) == [.documentTakesPlace])
  }

  @Test func catchesAFigureAskedFromItsLabel() throws {
    let broken = try card("quantity:wage-increase") { $0.id = "quantity:housing-built" }
    #expect(findings([broken]) == [.quantityFromLabel])
  }

  @Test func catchesAnExplanationThatOnlyRestates() throws {
    let broken = try card("cloze:august-plenum.summary.1") {
      $0.explanation = "At the August Plenum critics attacked Kim."
    }
    #expect(findings([broken]) == [.explanationRestates])
  }

  @Test func catchesAKeyFarLongerThanEveryOption() throws {
    let broken = try card("event-date:kwp-third-congress") {
      $0.answer = "April 1956, two months after the Secret Speech in Moscow"
      $0.choices[$0.choices.firstIndex(of: "April 1956")!] = $0.answer
    }
    #expect(findings([broken]) == [.keyStandsOut])
  }

  @Test func catchesADeckOfDatesAndBackgroundAndRepeatedDates() throws {
    let dates = deck.cards.filter { $0.kind == .eventDate }
    let again = ["-again", "-once-more"].map { suffix in
      var copy = dates[0]
      copy.id += suffix
      return copy
    }
    let rules = Set(findings(dates + again, balance: true))
    #expect(rules.contains(.tooManyDateCards))
    #expect(rules.contains(.dateAskedTooOften))
    let background = try card("cloze:august-plenum.summary.1") { $0.topics = ["poznan-uprising"] }
    #expect(findings([background], balance: true).contains(.tooMuchBackground))
  }

  @Test func catchesAKindWhoseKeyIsUsuallyTheLongestOption() {
    let outcomes = deck.cards.filter { $0.kind == .eventOutcome }.map { card in
      var long = card
      long.answer = card.answer + ", as every source that mentions it agrees in detail"
      long.choices = card.choices.map { $0 == card.answer ? long.answer : $0 }
      return long
    }
    #expect(findings(outcomes, balance: true).contains(.keyLongestTooOften))
    #expect(
      !findings(deck.cards.filter { $0.kind == .eventOutcome }, balance: true)
        .contains(.keyLongestTooOften))
  }

  @Test func theReportCountsEveryRuleAndListsEachFinding() throws {
    let broken = try card("cloze:august-plenum.summary.1") {
      $0.explanation = "At the August Plenum critics attacked Kim."
    }
    var small = deck
    small.cards = [broken]
    let report = DeckLinter.report(
      DeckLinter(corpus: corpus).lint(small, balance: false), deck: small)
    let lines = report.split(separator: "\n").map(String.init)
    #expect(lines.first == "Deck check: 1 card, 1 problem.")
    #expect(lines.count == 1 + DeckLinter.Rule.allCases.count + 1)
    #expect(lines.contains { $0.hasPrefix("  explanation-restates") && $0.contains("  1  ") })
    #expect(
      lines.last
        == "cloze:august-plenum.summary.1: explanation-restates: \"At the August Plenum critics attacked Kim.\""
    )
  }

  static func words(_ text: String) -> Set<String> {
    Set(text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
  }
}
