import PlenumCorpus
import PlenumKit
import Testing

@Suite("Putting a card to the learner")
struct CardPresentationTests {
  let card = Card(
    id: "event-participant:e.x", fact: "e.participant.x", kind: .eventParticipant,
    prompt: "At the plenum, who spoke first?", answer: "Choe Chang-ik",
    accept: ["Ch'oe Ch'ang-ik"], choices: ["Kim Il Sung", "Choe Chang-ik", "Pak Chang-ok"],
    expected: .name(id: "x"), forms: [.choice, .typed], explanation: "", sources: [], topics: [])

  @Test func choiceKeyPointsAtTheAnswerAndReadsTextAsTheTypedAnswer() {
    let shown = CardPresentation(card: card, form: .choice)
    #expect(shown.options == card.choices, "without a review the deck's order is kept")
    #expect(
      shown.key
        == .choice(
          correct: 1, choices: card.choices, typed: .name(id: "x", display: "Choe Chang-ik")))
    #expect(shown.hint == "It is not c).")
  }

  @Test func choicesAreShuffledForEachReviewReproducibly() {
    var four = card
    four.choices = ["Kim Il Sung", "Choe Chang-ik", "Pak Chang-ok", "Nam Il"]
    let orders = (0..<6).map {
      CardPresentation(card: four, form: .choice, earlierReviews: $0).options
    }
    // Pinned, so a change to the shuffle (which would reorder every learner's choices) shows.
    #expect(orders[0] == ["Kim Il Sung", "Pak Chang-ok", "Choe Chang-ik", "Nam Il"])
    #expect(orders[1] == ["Kim Il Sung", "Nam Il", "Choe Chang-ik", "Pak Chang-ok"])
    #expect(orders[2] == ["Choe Chang-ik", "Kim Il Sung", "Nam Il", "Pak Chang-ok"])
    #expect(Set(orders.map { $0.firstIndex(of: "Choe Chang-ik") }).count > 1, "the letter moves")
    for (review, order) in orders.enumerated() {
      let again = CardPresentation(card: four, form: .choice, earlierReviews: review)
      #expect(again.options == order, "review \(review) is shown the same way every time")
      #expect(order.sorted() == four.choices.sorted())
      let correct = order.firstIndex(of: "Choe Chang-ik")!
      #expect(
        again.key
          == .choice(
            correct: correct, choices: order, typed: .name(id: "x", display: "Choe Chang-ik")))
      #expect(
        EpisodeNames.checker.check(ChoiceLetters.letter(correct), against: again.key).verdict
          == .correct)
    }
    #expect(
      ChoiceOrder.shown(four.choices, card: "another:card", earlierReviews: 0) != orders[0],
      "each card has its own order")
  }

  @Test func choiceTextTypedForADateCardIsGradedAsADate() {
    let date = Card(
      id: "event-date:kwp-third-congress", fact: "kwp-third-congress.date", kind: .eventDate,
      prompt: "When did the Third Congress of the KWP take place?", answer: "April 1956",
      choices: ["April 1956", "September 1955", "August 1956", "May 1956"],
      expected: .date(HistoricalDate(year: 1956, month: 4)), forms: [.choice, .typed],
      explanation: "", sources: [], topics: [])
    for review in 0..<4 {
      let shown = CardPresentation(card: date, form: .choice, earlierReviews: review)
      let outcome = EpisodeNames.checker.check("Apr 1956", against: shown.key)
      #expect(outcome.verdict == .correct)
      #expect(outcome.judgement.flatMap(\.chosen).map { shown.options[$0] } == "April 1956")
    }
  }

  @Test func typedKeyIsTheName() {
    let shown = CardPresentation(card: card, form: .typed)
    #expect(shown.key == .name(id: "x", display: "Choe Chang-ik"))
    #expect(shown.hint == "It starts: Ch… Ch…")
  }

  @Test func orderKeyListsShownIndicesInTheRightOrder() {
    let order = Card(
      id: "chronology:a+b+c", fact: "a<b<c", kind: .chronology, prompt: "Order them.",
      answer: "A → B → C", items: ["C", "A", "B"], expected: .order(["A", "B", "C"]),
      forms: [.order], explanation: "", sources: [], topics: [])
    let shown = CardPresentation(card: order, form: .order)
    #expect(shown.key == .order(correct: [1, 2, 0], shown: ["C", "A", "B"]))
    #expect(shown.hint == "The earliest is b).")
  }
}
