/// A card as put to the learner in one form: the lines to show and the key to grade with.
public struct CardPresentation: Sendable {
  public let card: Card
  public let form: CardForm
  /// Lettered options ("a) …"), for choice and order forms.
  public let options: [String]
  public let key: AnswerKey

  /// The card in `form`. With `earlierReviews` (the card's reviews so far) the choices are
  /// shuffled for this review (`ChoiceOrder`); without it they keep the deck's order, as
  /// `plenum generate` prints them.
  public init(card: Card, form: CardForm, earlierReviews: Int? = nil) {
    self.card = card
    self.form = form
    switch form {
    case .choice:
      options =
        earlierReviews.map {
          ChoiceOrder.shown(card.choices, card: card.id, earlierReviews: $0)
        } ?? card.choices
      let correct = options.firstIndex(of: card.answer) ?? 0
      key = .choice(correct: correct, choices: options, typed: Self.typedKey(card))
    case .order:
      options = card.items
      if case .order(let correct) = card.expected {
        key = .order(
          correct: correct.compactMap { card.items.firstIndex(of: $0) }, shown: card.items)
      } else {
        key = .order(correct: Array(card.items.indices), shown: card.items)
      }
    case .truth, .typed, .cloze:
      options = []
      key = Self.typedKey(card)
    }
  }

  /// The key for a typed answer to `card`.
  static func typedKey(_ card: Card) -> AnswerKey {
    switch card.expected {
    case .name(let id): .name(id: id, display: card.answer)
    case .text(let accepted): .text(accepted: accepted + card.accept, display: card.answer)
    case .date(let date): .date(date)
    case .number(let value, let approximate, let unit):
      .number(value: value, approximate: approximate, unit: unit)
    case .truth(let value): .truth(value)
    case .choice, .order: .text(accepted: [card.answer] + card.accept, display: card.answer)
    }
  }

  /// How to answer, in a few words.
  public var instruction: String {
    switch form {
    case .choice: "Answer with a letter or the text of a choice."
    case .order: "Type the letters in order, earliest first (e.g. \"c a d b\")."
    case .truth: "Answer true or false."
    case .typed, .cloze: "Type your answer."
    }
  }

  /// A hint that narrows the answer without giving it.
  public var hint: String {
    switch form {
    case .choice:
      let wrong = options.indices.filter { options[$0] != card.answer }
      guard let drop = wrong.last else { return "No hint for this one." }
      // A deck may hold more than 26 options; `letter` numbers those past "z" instead of
      // indexing out of range (`:hint` crashed the study loop on such a deck).
      return "It is not \(ChoiceLetters.letter(drop)))."
    case .order:
      guard case .order(let correct) = card.expected, let first = correct.first,
        let index = options.firstIndex(of: first)
      else { return "No hint for this one." }
      return "The earliest is \(ChoiceLetters.letter(index)))."
    case .truth:
      return "No hint for true or false: trust your memory."
    case .typed, .cloze:
      if case .date(let date) = card.expected {
        return "The year is \(date.start.year)."
      }
      let words = card.answer.split(separator: " ")
      let shown = words.map { word in String(word.prefix(word.count > 3 ? 2 : 1)) + "…" }
      return "It starts: " + shown.joined(separator: " ")
    }
  }
}
