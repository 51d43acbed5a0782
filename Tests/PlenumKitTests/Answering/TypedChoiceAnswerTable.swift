import PlenumCorpus
import PlenumKit
import Testing

private let month = AnswerKey.choice(
  correct: 0, choices: ["April 1956", "September 1955", "August 1956", "May 1956"],
  typed: .date(HistoricalDate(year: 1956, month: 4)))
private let days = AnswerKey.choice(
  correct: 1,
  choices: ["24–25 August 1956", "30–31 August 1956", "1–2 June 1956", "29–30 June 1956"],
  typed: .date(
    HistoricalDate(
      .init(year: 1956, month: 8, day: 30), to: .init(year: 1956, month: 8, day: 31))))
private let faction = AnswerKey.choice(
  correct: 1, choices: ["Gapsan faction", "Soviet faction", "Yan’an faction", "Domestic faction"],
  typed: .name(id: "soviet-koreans", display: "Soviet faction"))
private let person = AnswerKey.choice(
  correct: 1, choices: ["Bak Uiwan", "Choe Changik", "Choe Yonggeon", "Bak Changok"],
  typed: .name(id: "choe-chang-ik", display: "Choe Changik"))
private let unknownPerson = AnswerKey.choice(
  correct: 0, choices: ["Han Sangdu", "Nam Il"],
  typed: .name(id: "han-sang-du", display: "Han Sangdu"))
private let prisoners = AnswerKey.choice(
  correct: 3,
  choices: [
    "about 15,000 people", "about 300,000 people", "about 60,000 people", "about 30,000 people",
  ],
  typed: .number(value: 30_000, approximate: true, unit: "people"))
private let closeFigures = AnswerKey.choice(
  correct: 0, choices: ["about 30,000", "about 32,000", "about 50,000"],
  typed: .number(value: 30_000, approximate: true, unit: nil))
private let otherFigure = AnswerKey.choice(
  correct: 2, choices: ["about 30,000", "about 32,000", "about 50,000"],
  typed: .number(value: 50_000, approximate: true, unit: nil))
private let plenum = "The September Plenum of the KWP Central Committee"
private let events = AnswerKey.choice(
  correct: 2,
  choices: [
    "The August Plenum of the KWP Central Committee", "Li Sang-jo's appeal to Khrushchev", plenum,
    "The CPSU Presidium's session on North Korea",
  ],
  typed: .text(accepted: [plenum], display: plenum))
private let moreThanOne = "Type more of it, or answer with a letter."
private let choiceHint = "Answer with one letter, a, b, c or d, or type the text of a choice."

/// Multiple choice answered in text: read the way the card's typed answer is read, a choice
/// named by part of its words when no other choice has them, and letters as before.
let typedChoiceCases: [AnswerCase] = [
  // Dates by date grading, each choice read as a date.
  row("Apr 1956", month, .correct, .none),
  row("april 1956", month, .correct, .none),
  row("1956-04", month, .correct),
  row("30 April 1956", month, .correct),
  row("a", month, .correct),
  row("Aug 1956", month, .wrong, .exactly("that is c) August 1956")),
  row("1956-08", month, .wrong, .exactly("that is c) August 1956")),
  row("c", month, .wrong, .none),
  row("1956", month, nil, .exactly(choiceHint)),
  row("April", month, nil, .exactly(choiceHint)),
  row("March 1957", month, nil, .exactly(choiceHint)),
  row("30-31 Aug 1956", days, .correct, .none),
  row("August 30–31, 1956", days, .correct),
  row("1956-08-30..31", days, .correct),
  row("24-25 August 1956", days, .wrong, .exactly("that is a) 24–25 August 1956")),
  row("30 August 1956", days, nil, .exactly(choiceHint)),
  // Names by the name index: romanizations, aliases, a part only one choice has.
  row("soviet", faction, .correct, .none),
  row("Soviet", faction, .correct),
  row("sov", faction, .correct),
  row("Soviet Koreans", faction, .correct),
  row("the Soviet faction.", faction, .correct),
  row("Yenan faction", faction, .wrong, .exactly("that is c) Yan’an faction")),
  row("yan'an", faction, .wrong, .exactly("that is c) Yan’an faction")),
  row(
    "faction", faction, nil,
    .exactly("That fits more than one choice: a), b), c) and d). " + moreThanOne)),
  row("Ch'oe Ch'ang-ik", person, .correct, .none),
  row("choe chang-ik", person, .correct),
  row("Changik Choe", person, .correct),
  row("Changik", person, .correct),
  row("Choe Yong-gon", person, .wrong, .exactly("that is c) Choe Yonggeon")),
  row("Pak Chang-ok", person, .wrong, .exactly("that is d) Bak Changok")),
  row("Park Ui-wan", person, .wrong, .exactly("that is a) Bak Uiwan")),
  row("Choe", person, nil, .exactly("That fits more than one choice: b) and c). " + moreThanOne)),
  row("Kim Il Sung", person, nil, .exactly(choiceHint)),
  row("Han Sang-du", unknownPerson, .correct),
  row("nam il", unknownPerson, .wrong, .exactly("that is b) Nam Il")),
  // Numbers by the number grader.
  row("30000", prisoners, .correct, .none),
  row("thirty thousand", prisoners, .correct),
  row("about 31,000", prisoners, .correct),
  row("30k people", prisoners, .correct),
  row("60k", prisoners, .wrong, .exactly("that is c) about 60,000 people")),
  row("45,000", prisoners, nil, .exactly(choiceHint)),
  row("30", prisoners, nil),
  row(
    "31,000", closeFigures, .close, .exactly("that text fits more than one choice: a) and b)")),
  row("31,000", otherFigure, .wrong, .exactly("that text fits more than one choice: a) and b)")),
  // Phrases: case, punctuation, articles, and a run of words that fits one choice only.
  row("september plenum", events, .correct, .none),
  row("the September Plenum.", events, .correct),
  row("SEPTEMBER PLENUM OF THE KWP", events, .correct),
  row("september plen", events, .correct),
  row(plenum.lowercased(), events, .correct),
  row(
    "august plenum", events, .wrong,
    .exactly("that is a) The August Plenum of the KWP Central Committee")),
  row(
    "Li Sang-jo's appeal", events, .wrong,
    .exactly("that is b) Li Sang-jo's appeal to Khrushchev")),
  row("plenum", events, nil, .exactly("That fits more than one choice: a) and c). " + moreThanOne)),
  row("of the", events, nil, .exactly(choiceHint)),
  row("sept plenum", events, nil, .exactly(choiceHint)),
  row("pl", events, nil, .exactly(choiceHint)),
  row("c", events, .correct),
  row("a", events, .wrong, .none),
]

@Suite struct TypedChoiceAnswerTableTests {
  @Test(arguments: typedChoiceCases) func gradesTextTypedForAChoiceAsTheCardsTypedAnswer(
    _ row: AnswerCase
  ) {
    row.verify(with: EpisodeNames.checker)
  }

  @Test func theChoiceAnAnswerPickedIsReportedByLetterOrText() {
    let checker = EpisodeNames.checker
    #expect(checker.check("b", against: faction).judgement?.chosen == 1)
    #expect(checker.check("soviet", against: faction).judgement?.chosen == 1)
    #expect(checker.check("Yenan faction", against: faction).judgement?.chosen == 2)
    #expect(checker.check("Apr 1956", against: month).judgement?.chosen == 0)
    #expect(checker.check("31,000", against: closeFigures).judgement?.chosen == nil)
    #expect(
      checker.check("Pak Chang-ok", against: EpisodeNames.key("pak-chang-ok")).judgement?.chosen
        == nil)
  }
}
