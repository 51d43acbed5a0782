import PlenumKit

/// A printable quiz and its answer key, in Markdown, with reproducible variants.
public struct MarkdownQuiz: Sendable {
  /// One variant: the questions for students and the key for the teacher.
  public struct Variant: Sendable, Equatable {
    public var name: String
    public var quiz: String
    public var key: String
  }

  public let deck: Deck

  public init(deck: Deck) { self.deck = deck }

  /// `count` variants ("A", "B", …) with question order and choices shuffled from `seed`.
  public func variants(_ count: Int, seed: UInt64) -> [Variant] {
    (0..<max(1, count)).map { number in
      let name = variantName(number)
      var rng = SeededGenerator(seed: seed, key: "variant-\(number)")
      let cards = count == 1 && number == 0 ? deck.cards : deck.cards.shuffled(using: &rng)
      var quiz = "# \(deck.title) — quiz" + (count > 1 ? ", version \(name)" : "") + "\n\n"
      quiz += "Name: ______________________   Date: ____________\n\n"
      var key = "# \(deck.title) — answer key" + (count > 1 ? ", version \(name)" : "") + "\n\n"
      for (offset, card) in cards.enumerated() {
        let layout = QuizLayout(card: card, rng: &rng)
        quiz += "\(offset + 1). \(layout.prompt)\n"
        for (letter, option) in zip(
          layout.options.indices.map(ChoiceLetters.letter), layout.options)
        {
          quiz += "   \(letter)) \(option)\n"
        }
        if !layout.answerLine.isEmpty { quiz += "\n   \(layout.answerLine)\n" }
        quiz += "\n"
        key += "\(offset + 1). **\(layout.key)** — \(card.explanation)\n"
        key += "   Source: " + card.sources.map(\.label).joined(separator: "; ") + "\n"
      }
      return Variant(name: name, quiz: quiz, key: key)
    }
  }

  private func variantName(_ number: Int) -> String {
    number < 26 ? ChoiceLetters.letter(number).uppercased() : "\(number + 1)"
  }
}
