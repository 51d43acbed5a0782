import PlenumKit

/// How one card appears on a printed quiz: its prompt, its lettered options, and the key.
struct QuizLayout {
  let prompt: String
  let options: [String]
  let answerLine: String
  let key: String

  /// Lays a card out for paper; `rng` shuffles choices so variants differ.
  init(card: Card, rng: inout SeededGenerator) {
    switch card.expected {
    case .order(let correct):
      let shown = card.items.shuffled(using: &rng)
      prompt = card.prompt
      options = shown
      answerLine = "Order: ____________"
      key =
        correct.compactMap { item in
          shown.firstIndex(of: item).map(ChoiceLetters.letter)
        }.joined(separator: " ") + " (" + correct.joined(separator: " → ") + ")"
    case .truth(let value):
      prompt = card.prompt
      options = []
      answerLine = "True / False"
      key = value ? "True" : "False"
    default:
      prompt = card.prompt
      if card.choices.isEmpty {
        options = []
        answerLine = "Answer: ______________________"
        key = card.answer
      } else {
        let shuffled = card.choices.shuffled(using: &rng)
        options = shuffled
        answerLine = ""
        let letter = shuffled.firstIndex(of: card.answer).map(ChoiceLetters.letter) ?? "?"
        key = "\(letter)) \(card.answer)"
      }
    }
  }
}
