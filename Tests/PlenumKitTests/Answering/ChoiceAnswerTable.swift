import PlenumKit
import Testing

private let choices = AnswerKey.choice(
  correct: 1, choices: ["Kim Il Sung", "Choe Changik", "Choe Yonggeon", "Nam Il"])
private let yesNo = AnswerKey.choice(correct: 0, choices: ["expelled", "promoted"])
private let chronology = AnswerKey.order(
  correct: [1, 0, 3, 2],
  shown: ["Plenum", "Twentieth Congress", "Peng and Mikoyan arrive", "Kim's trip abroad"])
private let five = AnswerKey.order(correct: [0, 1, 2, 3, 4], shown: ["1", "2", "3", "4", "5"])
private let orderHint = "Give all 4 letters (a–d) in order, each once, e.g. \"d c b a\"."
private let presidium = AnswerKey.text(
  accepted: ["Presidium", "Presidium of the Central Committee"], display: "Presidium")

/// Letters, choice texts, orderings, true/false and short terms.
let choiceCases: [AnswerCase] = [
  // Multiple choice by letter or by text.
  row("b", choices, .correct, .none),
  row("B", choices, .correct),
  row("(b)", choices, .correct),
  row("b)", choices, .correct),
  row("b.", choices, .correct),
  row(" b ", choices, .correct),
  row("a", choices, .wrong),
  row("c", choices, .wrong),
  row("D", choices, .wrong),
  row(
    "e", choices, nil,
    .exactly(
      "There are only 4 choices. Answer with one letter, a, b, c or d, or type the text of a choice."
    )),
  row("z", choices, nil),
  row("Choe Changik", choices, .correct),
  row("choe chang-ik", choices, .correct),
  row("Ch'oe Ch'ang-ik", choices, .correct),
  row("Choe Yong-gon", choices, .wrong),
  row("Nam Il", choices, .wrong),
  row(
    "Stalin", choices, nil,
    .exactly("Answer with one letter, a, b, c or d, or type the text of a choice.")),
  row("Expelled", yesNo, .correct),
  row("promoted", yesNo, .wrong),
  row("ekspelled", yesNo, nil),
  row("the Presidium", .choice(correct: 0, choices: ["Presidium", "Politburo"]), .correct),
  row("Bresidium", .choice(correct: 0, choices: ["Presidium", "Politburo"]), nil),
  // Orderings by letters or numbers.
  row("b a d c", chronology, .correct, .none),
  row("B A D C", chronology, .correct),
  row("b,a,d,c", chronology, .correct),
  row("b, a, d, c", chronology, .correct),
  row("badc", chronology, .correct),
  row("BADC", chronology, .correct),
  row("b-a-d-c", chronology, .correct),
  row("2 1 4 3", chronology, .correct),
  row("2,1,4,3", chronology, .correct),
  row("a b d c", chronology, .close, .exactly("1 pair out of 6 in the wrong order")),
  row("b a c d", chronology, .close),
  row("b d a c", chronology, .close),
  row("a b c d", chronology, .wrong, .exactly("2 pairs out of 6 in the wrong order")),
  row("c d a b", chronology, .wrong),
  row("d c b a", chronology, .wrong),
  row("b a d", chronology, nil, .exactly("Missing c. " + orderHint)),
  row("b a d d", chronology, nil, .exactly("D given more than once; missing c. " + orderHint)),
  row("b a d c e", chronology, nil, .exactly("No item e was shown. " + orderHint)),
  row("2 1 4 5", chronology, nil),
  row("b 1 d c", chronology, nil, .exactly(orderHint)),
  row("first b then a", chronology, nil),
  row("1 2 3 5 4", five, .close),
  row("2 1 3 5 4", five, .wrong),
  row("abcde", five, .correct),
  // True or false.
  row("t", .truth(true), .correct),
  row("T", .truth(true), .correct),
  row("true", .truth(true), .correct),
  row("True", .truth(true), .correct),
  row("yes", .truth(true), .correct),
  row("y", .truth(true), .correct),
  row("f", .truth(true), .wrong),
  row("false", .truth(true), .wrong),
  row("no", .truth(true), .wrong),
  row("n", .truth(false), .correct),
  row("wrong", .truth(false), .correct),
  row("Y", .truth(false), .wrong),
  row("No.", .truth(false), .correct),
  row("maybe", .truth(false), nil, .exactly("Answer true or false (t/f, yes/no, y/n).")),
  // Short terms.
  row("Presidium", presidium, .correct),
  row("presidium", presidium, .correct),
  row("the Presidium", presidium, .correct),
  row("Presidium of the Central Committee", presidium, .correct),
  row("Presidum", presidium, .close, .exactly("check the spelling")),
  row("Politburo", presidium, .wrong),
  row("Ch'ŏllima", .text(accepted: ["Chollima"], display: "Chollima"), .correct),
  row("chollima!", .text(accepted: ["Chollima"], display: "Chollima"), .correct),
  row("juche", .text(accepted: ["Juche"], display: "Juche"), .correct),
  row("Chuch'e", .text(accepted: ["Juche", "Chuch'e"], display: "Juche"), .correct),
  row("...", presidium, nil),
]

@Suite struct ChoiceAnswerTableTests {
  @Test(arguments: choiceCases) func gradesChoiceOrderTruthAndText(_ row: AnswerCase) {
    row.verify(with: EpisodeNames.checker)
  }
}
