import PlenumKit
import Testing

private let about30k = AnswerKey.number(value: 30_000, approximate: true, unit: "members")
private let exact30k = AnswerKey.number(value: 30_000, approximate: false, unit: nil)
private let threeMillion = AnswerKey.number(value: 3_000_000, approximate: true, unit: nil)
private let eleven = AnswerKey.number(value: 11, approximate: false, unit: nil)
private let roubles = AnswerKey.number(value: 2.2, approximate: false, unit: "million roubles")
private let numberHint = "Answer with a number, e.g. 30,000, 30 thousand or thirty thousand."

/// Typed numbers in every common notation; approximate figures ±10% correct, ±25% close;
/// exact figures exact to be correct, ±5% close.
let numberCases: [AnswerCase] = [
  row("30,000", about30k, .correct, .none),
  row("30 000", about30k, .correct),
  row("30\u{202F}000", about30k, .correct),
  row("30000", about30k, .correct),
  row("thirty thousand", about30k, .correct),
  row("Thirty Thousand", about30k, .correct),
  row("30 thousand", about30k, .correct),
  row("about 30,000", about30k, .correct),
  row("~30000", about30k, .correct),
  row("30k", about30k, .correct),
  row("30K", about30k, .correct),
  row("30,000 members", about30k, .correct),
  row("around 30 thousand people", about30k, .correct),
  row("30.000.000", about30k, .wrong),
  row("0.03 million", about30k, .correct),
  row("32,000", about30k, .correct),
  row("27,000", about30k, .correct),
  row("33,000", about30k, .correct),
  row("34,000", about30k, .close, .exactly("within 25% of the figure")),
  row("25,000", about30k, .close),
  row("twenty-five thousand", about30k, .close),
  row("37,500", about30k, .close),
  row("38,000", about30k, .wrong, .none),
  row("20,000", about30k, .wrong),
  row("3,000", about30k, .wrong),
  row("300,000", about30k, .wrong),
  row("30,000", exact30k, .correct),
  row("30001", exact30k, .close, .exactly("within 5% of the exact figure")),
  row("31,500", exact30k, .close),
  row("32,000", exact30k, .wrong),
  row("28,500", exact30k, .close),
  row("3 million", threeMillion, .correct),
  row("3,000,000", threeMillion, .correct),
  row("3m", threeMillion, .correct),
  row("three million", threeMillion, .correct),
  row("a million", threeMillion, .wrong),
  row("3.2 million", threeMillion, .correct),
  row("3,5 million", threeMillion, .close),
  row("2.5 million", threeMillion, .close),
  row("11", eleven, .correct),
  row("eleven", eleven, .correct),
  row("12", eleven, .wrong),
  row("twelve", eleven, .wrong),
  row(
    "one hundred and twenty", AnswerKey.number(value: 120, approximate: false, unit: nil), .correct),
  // A unit with a scale word counts in that scale, however the answer writes it.
  row("2.2 million roubles", roubles, .correct),
  row("2.2 million", roubles, .correct),
  row("2,200,000", roubles, .correct),
  row("2.2", roubles, .correct),
  row("2.3 million", roubles, .close),
  row("4 million roubles", roubles, .wrong),
  row("2200", roubles, .wrong),
  row("many", about30k, nil, .exactly(numberHint)),
  row("", about30k, nil, .exactly(numberHint)),
  row("30,000 to 40,000", about30k, nil, .exactly("Give one number. " + numberHint)),
]

@Suite struct NumberAnswerTableTests {
  @Test(arguments: numberCases) func gradesTypedNumber(_ row: AnswerCase) {
    row.verify(with: EpisodeNames.checker)
  }
}
