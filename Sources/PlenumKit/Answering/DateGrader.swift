import PlenumCorpus
import PlenumProgress

/// Grades a typed date against the date a card expects.
///
/// Rules, by the days each date covers:
/// - the same span, or a more precise date inside a single expected date ("30 August 1956"
///   when "August 1956" is asked), is correct;
/// - part of an expected range ("30 August" for "30–31 August 1956") is close;
/// - a less precise date containing the expected one is close ("August 1956" when the day is
///   asked), except a bare year when a finer date is asked, which is wrong;
/// - a day off by one (each end of a range at most one day off) is close;
/// - an answer that overlaps the expected span only in part is close;
/// - anything else is wrong, including the right day in the wrong year.
/// Numeric dates are read day first ("8/9/1956" is 8 September 1956); see `DateAnswer`.
enum DateGrader {
  static let formatHint =
    "Type a date such as 30 August 1956, 1956-08-30 or 30/8/1956 (numeric dates are read day first: 8/9/1956 is 8 September 1956)."

  static func check(_ input: String, against expected: HistoricalDate) -> AnswerOutcome {
    let answer: DateAnswer
    do {
      answer = try DateAnswer.parse(input)
    } catch .missingYear {
      return .invalid("Give the year too, e.g. \(expected.start.year). " + formatHint)
    } catch {
      return .invalid(formatHint)
    }
    var (verdict, note) = grade(answer.date, against: expected)
    if answer.readDayFirst, verdict != .correct {
      let dayFirst = "numeric dates are read day first: \(input) is \(answer.date.displayText)"
      note = note.map { "\($0); \(dayFirst)" } ?? dayFirst
    }
    return .judged(Judgement(verdict: verdict, expected: expected.displayText, note: note))
  }

  static func grade(_ answer: HistoricalDate, against expected: HistoricalDate) -> (
    Verdict, String?
  ) {
    let (aS, aL) = (answer.earliestOrdinal, answer.latestOrdinal)
    let (eS, eL) = (expected.earliestOrdinal, expected.latestOrdinal)
    if aS == eS, aL == eL { return (.correct, nil) }
    if aS >= eS, aL <= eL {
      return expected.isRange
        ? (.close, "the full span is \(expected.displayText)") : (.correct, nil)
    }
    if aS <= eS, aL >= eL {
      if answer.precision == .year, expected.precision > .year {
        return (.wrong, "too vague: the question asks for the \(noun(expected.precision))")
      }
      return (.close, "more precisely: \(expected.displayText)")
    }
    if answer.precision == .day, expected.precision == .day, abs(aS - eS) <= 1, abs(aL - eL) <= 1 {
      return (.close, "off by one day")
    }
    if answer.overlaps(expected) { return (.close, "only partly right: \(expected.displayText)") }
    let (a, e) = (answer.start, expected.start)
    if a.year != e.year, a.month == e.month, a.day == e.day, a.season == e.season {
      return (.wrong, "wrong year")
    }
    return (.wrong, nil)
  }

  static func noun(_ precision: HistoricalDate.Precision) -> String {
    switch precision {
    case .year: "year"
    case .season: "season"
    case .month: "month"
    case .day: "day"
    }
  }
}
