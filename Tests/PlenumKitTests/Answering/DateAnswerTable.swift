import PlenumCorpus
import PlenumKit
import Testing

private let plenumDay = AnswerKey.date(HistoricalDate(year: 1956, month: 8, day: 30))
private let plenumDays = AnswerKey.date(
  HistoricalDate(.init(year: 1956, month: 8, day: 30), to: .init(year: 1956, month: 8, day: 31)))
private let plenumMonth = AnswerKey.date(HistoricalDate(year: 1956, month: 8))
private let plenumYear = AnswerKey.date(HistoricalDate(year: 1956))
private let summer = AnswerKey.date(HistoricalDate(.init(year: 1956, season: .summer)))
private let ninthOfAugust = AnswerKey.date(HistoricalDate(year: 1956, month: 8, day: 9))
private let dayFirstNote = "numeric dates are read day first: 8/9/1956 is 8 September 1956"

/// Typed dates in the forms learners use, graded by the span of days they cover.
let dateCases: [AnswerCase] = [
  // The same day, however written.
  row("30 August 1956", plenumDay, .correct, .none),
  row("August 30, 1956", plenumDay, .correct),
  row("Aug 30 1956", plenumDay, .correct),
  row("30 Aug. 1956", plenumDay, .correct),
  row("30th August 1956", plenumDay, .correct),
  row("the 30th of August 1956", plenumDay, .correct),
  row("august 30th, 1956", plenumDay, .correct),
  row("30 AUGUST 1956", plenumDay, .correct),
  row("30 Sept 1956", plenumDay, .wrong),
  row("1956-08-30", plenumDay, .correct),
  row("1956-8-30", plenumDay, .correct),
  row("1956/08/30", plenumDay, .correct),
  row("30.8.1956", plenumDay, .correct),
  row("30.08.1956", plenumDay, .correct),
  row("30/8/1956", plenumDay, .correct),
  row("30-8-1956", plenumDay, .correct),
  row("8/30/1956", plenumDay, .correct, .none),
  // Day first when both readings are possible; the note says how it was read.
  row("8/9/1956", ninthOfAugust, .wrong, .exactly(dayFirstNote)),
  row("9/8/1956", ninthOfAugust, .correct, .none),
  row("8/9/1956", plenumDay, .wrong),
  // Near misses.
  row("31 August 1956", plenumDay, .close, .exactly("off by one day")),
  row("29 August 1956", plenumDay, .close, .exactly("off by one day")),
  row("1 September 1956", plenumDay, .wrong, .none),
  row("30 August 1957", plenumDay, .wrong, .exactly("wrong year")),
  row("30 August 1955", plenumDay, .wrong, .exactly("wrong year")),
  row("30 July 1956", plenumDay, .wrong),
  row("August 1956", plenumDay, .close, .exactly("more precisely: 30 August 1956")),
  row("Aug 1956", plenumDay, .close),
  row("summer 1956", plenumDay, .close),
  row("1956", plenumDay, .wrong, .exactly("too vague: the question asks for the day")),
  row("29–31 August 1956", plenumDay, .close),
  // A month asked.
  row("August 1956", plenumMonth, .correct, .none),
  row("Aug 1956", plenumMonth, .correct),
  row("1956-08", plenumMonth, .correct),
  row("august, 1956", plenumMonth, .correct),
  row("30 August 1956", plenumMonth, .correct, .none),
  row("late August 1956", plenumMonth, .correct),
  row("mid-August 1956", plenumMonth, .correct),
  row("July 1956", plenumMonth, .wrong),
  row("August 1957", plenumMonth, .wrong, .exactly("wrong year")),
  row("summer 1956", plenumMonth, .close),
  row("1956", plenumMonth, .wrong, .exactly("too vague: the question asks for the month")),
  row("July–August 1956", plenumMonth, .close),
  row("August–September 1956", plenumMonth, .close),
  // A year asked.
  row("1956", plenumYear, .correct, .none),
  row("1956.", plenumYear, .correct),
  row("in 1956", plenumYear, .correct),
  row("August 1956", plenumYear, .correct),
  row("1957", plenumYear, .wrong),
  row("1955", plenumYear, .wrong),
  // A season asked.
  row("summer 1956", summer, .correct),
  row("Summer 1956", summer, .correct),
  row("August 1956", summer, .correct),
  row("autumn 1956", summer, .wrong),
  row("fall 1956", summer, .wrong),
  row("1956", summer, .wrong),
  // A range asked.
  row("30–31 August 1956", plenumDays, .correct, .none),
  row("30-31 August 1956", plenumDays, .correct),
  row("30 - 31 Aug 1956", plenumDays, .correct),
  row("30-31 Aug 1956", plenumDays, .correct),
  row("August 30–31, 1956", plenumDays, .correct),
  row("30 to 31 August 1956", plenumDays, .correct),
  row("1956-08-30..31", plenumDays, .correct),
  row("1956-08-30..1956-08-31", plenumDays, .correct),
  row("1956-08-30 – 1956-08-31", plenumDays, .correct),
  row("30/8/1956 - 31/8/1956", plenumDays, .correct),
  row("August 30 - August 31, 1956", plenumDays, .correct),
  row("30 August 1956", plenumDays, .close, .exactly("the full span is 30–31 August 1956")),
  row("31 August 1956", plenumDays, .close),
  row("August 1956", plenumDays, .close),
  row("31 August–1 September 1956", plenumDays, .close),
  row("29–30 August 1956", plenumDays, .close),
  row("30–31 August 1957", plenumDays, .wrong),
  row("2–3 September 1956", plenumDays, .wrong),
  // Not dates, or not enough of one: ask again.
  row("30 August", plenumDay, nil, .exactly("Give the year too, e.g. 1956. " + dateHint)),
  row("August", plenumMonth, nil),
  row("the plenum", plenumDay, nil, .exactly(dateHint)),
  row("31/2/1956", plenumDay, nil),
  row("13/13/1956", plenumDay, nil),
  row("32 August 1956", plenumDay, nil),
  row("1956-13", plenumMonth, nil),
  row("31–30 August 1956", plenumDays, nil),
  row("", plenumDay, nil, .exactly(dateHint)),
]

let dateHint =
  "Type a date such as 30 August 1956, 1956-08-30 or 30/8/1956 (numeric dates are read day first: 8/9/1956 is 8 September 1956)."

@Suite struct DateAnswerTableTests {
  @Test(arguments: dateCases) func gradesTypedDate(_ row: AnswerCase) {
    row.verify(with: EpisodeNames.checker)
  }
}
