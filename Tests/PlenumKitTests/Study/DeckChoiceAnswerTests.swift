import PlenumKit
import Testing

/// Every multiple-choice card of the default deck, at a few reviews: each choice is picked by
/// its own text, and the answer typed the way a typed answer would be is accepted.
@Suite("Choices of the default deck answered in text")
struct DeckChoiceAnswerTests {
  let deck = EmbeddedDeck.deck
  let checker = AnswerChecker(names: NameIndex(EmbeddedDeck.deck.names))

  @Test func eachChoiceIsPickedByItsOwnTextAtEveryReview() {
    for card in deck.cards where card.forms.contains(.choice) {
      for review in 0..<3 {
        let shown = CardPresentation(card: card, form: .choice, earlierReviews: review)
        for (index, option) in shown.options.enumerated() {
          let judgement = checker.check(option, against: shown.key).judgement
          #expect(judgement?.chosen == index, "\(card.id): '\(option)' at review \(review)")
          #expect(
            judgement?.verdict == (option == card.answer ? .correct : .wrong),
            "\(card.id): '\(option)'")
        }
      }
    }
  }

  @Test func theAnswerTypedAsADateOrFigureIsAccepted() {
    var checked = 0
    for card in deck.cards where card.forms.contains(.choice) {
      let typed: String
      switch card.expected {
      // "1956-08-30..1956-08-31", not the choice's text; a season as learners write it.
      case .date(let date):
        typed = date.precision == .season ? date.displayText.uppercased() : date.corpusText
      case .number(let value, _, _):  // "30000", no unit or grouping
        typed = value == value.rounded() ? String(Int(value)) : String(value)
      default: continue
      }
      let shown = CardPresentation(card: card, form: .choice, earlierReviews: 1)
      let judgement = checker.check(typed, against: shown.key).judgement
      #expect(
        judgement?.verdict == .correct, "\(card.id): \(typed) → \(String(describing: judgement))")
      #expect(judgement?.chosen.map { shown.options[$0] } == card.answer, "\(card.id)")
      checked += 1
    }
    // The default deck asks about a dozen dates and a dozen figures as multiple choice.
    #expect(checked >= 20)
  }

  @Test func everySpellingOfTheNameAskedForIsAccepted() {
    let names = NameIndex(deck.names)
    var checked = 0
    for card in deck.cards where card.forms.contains(.choice) {
      guard case .name(let id) = card.expected, let entry = names.entry(id: id) else { continue }
      let shown = CardPresentation(card: card, form: .choice, earlierReviews: 2)
      for spelling in entry.names {
        let judgement = checker.check(spelling, against: shown.key).judgement
        #expect(judgement?.verdict == .correct, "\(card.id): \(spelling)")
        checked += 1
      }
    }
    #expect(checked > 100)
  }
}
