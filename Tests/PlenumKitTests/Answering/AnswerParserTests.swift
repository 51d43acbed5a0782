import PlenumCorpus
import PlenumKit
import Testing

@Suite struct AnswerParserTests {
  @Test func readsNumericDatesDayFirstAndSaysWhenThatWasAChoice() throws {
    let ambiguous = try DateAnswer.parse("8/9/1956")
    #expect(ambiguous.date == HistoricalDate(year: 1956, month: 9, day: 8))
    #expect(ambiguous.readDayFirst)
    let monthFirst = try DateAnswer.parse("8/30/1956")
    #expect(monthFirst.date == HistoricalDate(year: 1956, month: 8, day: 30))
    #expect(!monthFirst.readDayFirst)
    #expect(try DateAnswer.parse("30.8.1956").readDayFirst == false)
  }

  @Test func readsWordedRangesAndSeasons() throws {
    let range = HistoricalDate(
      .init(year: 1956, month: 8, day: 30), to: .init(year: 1956, month: 8, day: 31))
    #expect(try DateAnswer.parse("August 30–31, 1956").date == range)
    #expect(try DateAnswer.parse("1956-08-30..31").date == range)
    #expect(
      try DateAnswer.parse("June–July 1956").date
        == HistoricalDate(.init(year: 1956, month: 6), to: .init(year: 1956, month: 7)))
    #expect(
      try DateAnswer.parse("Fall 1956").date == HistoricalDate(.init(year: 1956, season: .autumn)))
  }

  @Test func rejectsTextThatIsNotADate() {
    #expect(throws: DateAnswer.Problem.missingYear) { try DateAnswer.parse("30 August") }
    #expect(throws: DateAnswer.Problem.notADate) { try DateAnswer.parse("29 February 1955") }
    #expect(throws: DateAnswer.Problem.notADate) { try DateAnswer.parse("soon") }
  }

  @Test func readsNumbersInEveryNotation() throws {
    #expect(try NumberAnswer.parse("30,000") == 30_000)
    #expect(try NumberAnswer.parse("30 000") == 30_000)
    #expect(try NumberAnswer.parse("1.500.000") == 1_500_000)
    #expect(try NumberAnswer.parse("2,5") == 2.5)
    #expect(try NumberAnswer.parse("3.5 million") == 3_500_000)
    #expect(try NumberAnswer.parse("thirty-five thousand") == 35_000)
    #expect(try NumberAnswer.parse("one hundred and twenty people") == 120)
    #expect(try NumberAnswer.parse("a thousand") == 1_000)
    #expect(throws: NumberAnswer.Problem.noNumber) { try NumberAnswer.parse("a lot") }
    #expect(throws: NumberAnswer.Problem.severalNumbers) { try NumberAnswer.parse("3 or 4") }
  }

  @Test func formatHintsSayWhatToType() {
    #expect(
      AnswerChecker.formatHint(for: .date(HistoricalDate(year: 1956)))
        == "Type a date such as 30 August 1956, 1956-08-30 or 30/8/1956 (numeric dates are read day first: 8/9/1956 is 8 September 1956)."
    )
    #expect(
      AnswerChecker.formatHint(for: .order(correct: [0, 1, 2], shown: ["x", "y", "z"]))
        == "Give all 3 letters (a–c) in order, each once, e.g. \"c b a\".")
    #expect(
      AnswerChecker.formatHint(for: .choice(correct: 0, choices: ["x", "y"]))
        == "Answer with one letter, a or b, or type the text of a choice.")
  }
}
