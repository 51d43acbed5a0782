import Foundation
import PlenumKit

/// libFuzzer entry: any bytes as a deck file. Reading must succeed or throw a `ReadError`; a
/// deck that reads must survive a JSON round trip, and every card must be presentable in
/// every form (options, hint, instruction, key) and gradeable with a few typical answers.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeckReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Data(bytes: data, count: size)
  let deck: Deck
  do {
    deck = try DeckFile.decode(bytes, path: "fuzz.json")
  } catch {
    precondition(!error.description.isEmpty)
    return 0
  }
  let encoded = DeckFile.encode(deck)
  precondition(encoded.count > 1, "a deck that was read encodes to nothing")
  do {
    let again = try DeckFile.decode(encoded, path: "round-trip.json")
    precondition(again == deck, "a deck changed in a JSON round trip")
  } catch {
    preconditionFailure("a deck that was read does not read back after encoding: \(error)")
  }
  let checker = AnswerChecker(names: NameIndex(deck.names))
  // A few cards are enough to reach every path; 64 cards × 5 forms × 7 answers took about
  // 2 s of CPU per input under ASan and hit the 10 s timeout on the loaded machine.
  for card in deck.cards.prefix(16) {
    for form in CardForm.allCases {
      let presentation = CardPresentation(card: card, form: form)
      _ = presentation.hint
      _ = presentation.instruction
      _ = AnswerChecker.formatHint(for: presentation.key)
      _ = AnswerChecker.expectedText(presentation.key)
      for answer in [card.answer, "a", "b c a", "true", "1956", "30 August 1956", "x"] {
        _ = checker.check(answer, against: presentation.key)
      }
    }
  }
  return 0
}
