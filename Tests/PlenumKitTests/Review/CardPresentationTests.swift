import PlenumKit
import Testing

@Suite("Putting a card to the learner")
struct CardPresentationTests {
  let card = Card(
    id: "event-participant:e.x", fact: "e.participant.x", kind: .eventParticipant,
    prompt: "At the plenum, who spoke first?", answer: "Choe Chang-ik",
    accept: ["Ch'oe Ch'ang-ik"], choices: ["Kim Il Sung", "Choe Chang-ik", "Pak Chang-ok"],
    expected: .name(id: "x"), forms: [.choice, .typed], explanation: "", sources: [], topics: [])

  @Test func choiceKeyPointsAtTheAnswer() {
    let shown = CardPresentation(card: card, form: .choice)
    #expect(shown.key == .choice(correct: 1, choices: card.choices))
    #expect(shown.hint == "It is not c).")
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
