import PlenumCorpus
import PlenumKit
import Testing

/// Any Unicode of any length is graded without crashing and without quadratic work.
@Suite(.timeLimit(.minutes(1))) struct HostileInputTests {
  static let keys: [AnswerKey] = [
    EpisodeNames.key("kim-il-sung"), .text(accepted: ["Presidium"], display: "Presidium"),
    .date(HistoricalDate(year: 1956, month: 8, day: 30)),
    .number(value: 30_000, approximate: true, unit: nil),
    .choice(correct: 0, choices: ["a", "b"]), .order(correct: [0, 1, 2], shown: ["x", "y", "z"]),
    .truth(true),
  ]

  static let inputs: [String] = [
    String(repeating: "Kim Il Sung ", count: 90_000),
    String(repeating: "a", count: 1_000_000),
    String(repeating: "가", count: 499),
    "e" + String(repeating: "\u{301}", count: 2_000),
    String(repeating: "🙂", count: 400),
    "\u{202E}gnuS lI miK",
    "كيم إيل سونغ 1956",
    String(repeating: "b a ", count: 120),
    String(repeating: "9", count: 400),
    String(repeating: "30,000 ", count: 70),
    String(repeating: "-", count: 499),
    "\u{0}\u{FFFF}\u{10FFFF}",
  ]

  @Test(arguments: inputs) func gradesOrRejectsHostileInput(_ input: String) {
    for key in Self.keys {
      switch EpisodeNames.checker.check(input, against: key) {
      case .judged(let judgement): #expect(judgement.verdict != .correct || input.count < 50)
      case .invalid(let message): #expect(!message.isEmpty)
      }
    }
  }

  @Test func overlongAnswersAreWrongWithAReason() {
    let outcome = EpisodeNames.checker.check(
      String(repeating: "x", count: 501), against: EpisodeNames.key("nam-il"))
    #expect(
      outcome
        == .judged(
          Judgement(
            verdict: .wrong, expected: "Nam Il",
            note: "answers longer than 500 characters are not graded")))
  }
}
