import Foundation
import PlenumKit
import PlenumScheduling

/// After an answer: shows the verdict, the answer, the explanation and the source, then asks
/// for a rating with the suggested one as the default.
struct RatingPrompt {
  let reader: any LineReader
  let out: SessionOutput

  /// Shows how the answer was judged; `shown` is the answer as the learner should read it.
  func showVerdict(_ judgement: Judgement, card: Card, shown: String) {
    switch judgement.verdict {
    case .correct: out.emit(out.style.green("✓ Correct."))
    case .close: out.say(verdict: "≈ Close.", styled: out.style.yellow, "The answer is \(shown).")
    case .wrong: out.say(verdict: "✗ Wrong.", styled: out.style.red, "The answer is \(shown).")
    case .skipped: out.say("The answer is \(shown).")
    }
    if let note = judgement.note { out.say("\(note)") }
    out.say("\(card.explanation)")
    out.say(
      "Source: \(card.sources.map(\.label).joined(separator: "; "))", styled: out.style.dim)
  }

  /// Asks for a rating: Enter takes `suggested`; nil when the learner quits without rating.
  func ask(suggested: Rating) -> Rating? {
    out.say("Rate it: Enter = \(suggested.label) · 1 Again · 2 Hard · 3 Good · 4 Easy")
    while true {
      guard let line = reader.readLine(prompt: "rating> ") else {
        out.say("Not rated; this card stays as it was.")
        return nil
      }
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { return suggested }
      if text.lowercased() == ":quit" || text.lowercased() == ":q" {
        out.say("Not rated; this card stays as it was.")
        return nil
      }
      if let value = Int(text), let chosen = Rating(rawValue: value) { return chosen }
      out.say(
        text.hasPrefix(":")
          ? "Rate this card first (Enter or 1–4); commands work again at the next question."
          : "Press Enter to accept \(suggested.label), or type 1, 2, 3 or 4.")
    }
  }
}
