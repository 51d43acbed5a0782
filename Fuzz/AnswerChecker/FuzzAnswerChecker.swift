import Foundation
import PlenumCorpus
import PlenumKit

/// The keys of the deck built from the embedded corpus (every card in every form it allows),
/// and a checker that knows the deck's names; built once per process.
private let embedded: (keys: [AnswerKey], checker: AnswerChecker) = {
  guard let corpus = try? CorpusLoader.loadEmbedded().corpus else {
    fatalError("the embedded corpus does not load")
  }
  let deck = DeckGenerator(corpus: corpus).generate()
  var keys: [AnswerKey] = []
  for card in deck.cards {
    for form in card.forms { keys.append(CardPresentation(card: card, form: form).key) }
  }
  return (keys, AnswerChecker(names: NameIndex(deck.names)))
}()

/// Builds the embedded deck's keys before fuzzing starts, so the first input is not reported
/// as a slow unit.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
  _ = embedded.keys.count
  return 0
}

/// libFuzzer entry. The first byte picks how the key is made: a key of the embedded deck,
/// a date key parsed from the input, a number key, or a choice/order key of up to 40 items.
/// The rest is the typed answer. Grading must never crash, and a judgement must show the
/// key's expected text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswerChecker(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size >= 3 else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let rest = String(decoding: bytes.dropFirst(3), as: UTF8.self)
  let checker = embedded.checker
  var key: AnswerKey
  var answer = rest
  switch bytes[0] % 4 {
  case 0:
    let index = (Int(bytes[1]) << 8 | Int(bytes[2])) % embedded.keys.count
    key = embedded.keys[index]
  case 1:
    // "1956-08-30..1956-08-31\nanswer": the corpus date syntax, then the answer.
    let parts = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    guard let date = try? HistoricalDate.parse(String(parts[0])) else { return 0 }
    _ = date.displayText
    key = .date(date)
    answer = parts.count > 1 ? String(parts[1]) : ""
    _ = try? DateAnswer.parse(answer)
  case 2:
    let value = Double(Int(bytes[1]) << 8 | Int(bytes[2])) * (bytes[0] & 0x10 == 0 ? 1 : 1000.5)
    key = .number(
      value: value, approximate: bytes[0] & 0x20 != 0, unit: bytes[0] & 0x40 != 0 ? "people" : nil)
    _ = try? NumberAnswer.parse(answer)
  default:
    let count = Int(bytes[1]) % 41
    let items = (0..<count).map { "item \($0) \(String(repeating: "é", count: $0 % 3))" }
    var order = Array(0..<count)
    var state = UInt64(bytes[2]) &+ 1
    for i in order.indices.reversed() where i > 0 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      order.swapAt(i, Int(state >> 33) % (i + 1))
    }
    key =
      bytes[0] & 0x10 == 0
      ? .order(correct: order, shown: items)
      : .choice(correct: order.first ?? Int(bytes[2]), choices: items)
  }
  _ = AnswerChecker.formatHint(for: key)
  let outcome = checker.check(answer, against: key)
  if case .judged(let judgement) = outcome {
    precondition(
      judgement.expected == AnswerChecker.expectedText(key),
      "a judgement shows another answer than the key's")
  }
  return 0
}
