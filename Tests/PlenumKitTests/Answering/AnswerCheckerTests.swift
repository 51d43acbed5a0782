import Foundation
import PlenumCorpus
import PlenumKit
import Testing

@Suite struct AnswerCheckerTests {
  let checker = EpisodeNames.checker

  @Test func namingAnotherActorIsWrongAndSaysWho() {
    let outcome = checker.check("Choe Yong-gon", against: EpisodeNames.key("choe-chang-ik"))
    #expect(
      outcome
        == .judged(
          Judgement(
            verdict: .wrong, expected: "Choe Changik",
            note: "that is Choe Yonggeon, another person")))
  }

  @Test func aRomanizationVariantIsCorrectWithoutANote() {
    let outcome = checker.check("Pak Chang-ok", against: EpisodeNames.key("pak-chang-ok"))
    #expect(outcome == .judged(Judgement(verdict: .correct, expected: "Bak Changok")))
  }

  @Test func aKeyNotInTheIndexIsGradedByItsDisplayName() {
    let key = AnswerKey.name(id: "han-sang-du", display: "Han Sangdu")
    #expect(checker.check("Han Sang-du", against: key).verdict == .correct)
    #expect(checker.check("Han Sangda", against: key).verdict == .close)
    #expect(checker.check("Nam Il", against: key).verdict == .wrong)
  }

  @Test func aSpellingSharedByTwoEntriesIsOnlyClose() {
    let index = NameIndex([
      NameEntry(id: "a", kind: .actor, names: ["Pak Il"]),
      NameEntry(id: "b", kind: .actor, names: ["Bak Il"]),
    ])
    #expect(index.collidingIDs == [["a", "b"]])
    let outcome = AnswerChecker(names: index).check(
      "Park Il", against: .name(id: "a", display: "Pak Il"))
    #expect(outcome.judgement?.verdict == .close)
    #expect(outcome.judgement?.note == "that spelling also fits Bak Il")
    #expect(index.ids(matching: "Park Il") == ["a", "b"])
  }

  @Test func indexesTheCorpusActorsFactionsAndPlaces() {
    let cite = [Citation(source: "s")]
    let corpus = Corpus(
      id: "t", title: "t",
      places: [Place(id: "pyongyang", name: "Pyongyang", aliases: ["P'yŏngyang"], sources: cite)],
      factions: [Faction(id: "yanan", name: "Yan'an faction", summary: "", sources: cite)],
      actors: [
        Actor(
          id: "choe-chang-ik", name: "Choe Changik", hangul: "최창익", aliases: ["Ch'oe Ch'ang-ik"],
          summary: "", sources: cite)
      ])
    let index = NameIndex(corpus: corpus)
    #expect(index.entries.map(\.id) == ["choe-chang-ik", "yanan", "pyongyang"])
    #expect(index.entry(id: "choe-chang-ik")?.names == ["Choe Changik", "Ch'oe Ch'ang-ik", "최창익"])
    #expect(index.entry(id: "yanan")?.kind == .faction)
    #expect(index.ids(matching: "최창익") == ["choe-chang-ik"])
    #expect(index.ids(matching: "Pyeongyang") == ["pyongyang"])
  }

  @Test func expectedTextsReadNaturally() {
    #expect(
      AnswerChecker.expectedText(.number(value: 30_000, approximate: true, unit: "members"))
        == "about 30,000 members")
    #expect(AnswerChecker.expectedText(.number(value: 3.5, approximate: false, unit: nil)) == "3.5")
    #expect(AnswerChecker.expectedText(.choice(correct: 2, choices: ["x", "y", "z"])) == "c) z")
    #expect(
      AnswerChecker.expectedText(.order(correct: [1, 0, 3, 2], shown: ["p", "q", "r", "s"]))
        == "b a d c")
    #expect(AnswerChecker.expectedText(.truth(false)) == "false")
    let range = HistoricalDate(
      .init(year: 1956, month: 8, day: 30), to: .init(year: 1956, month: 8, day: 31))
    #expect(AnswerChecker.expectedText(.date(range)) == "30–31 August 1956")
  }

  @Test func answerKeysAndNameEntriesSurviveJSON() throws {
    let keys: [AnswerKey] = [
      .name(id: "nam-il", display: "Nam Il"), .text(accepted: ["Presidium"], display: "Presidium"),
      .date(HistoricalDate(year: 1956, month: 8)),
      .number(value: 30_000, approximate: true, unit: nil),
      .choice(correct: 1, choices: ["a", "b"]),
      .choice(
        correct: 0, choices: ["April 1956", "May 1956"],
        typed: .date(HistoricalDate(year: 1956, month: 4))),
      .order(correct: [1, 0], shown: ["x", "y"]),
      .truth(true),
    ]
    let data = try JSONEncoder().encode(keys)
    #expect(try JSONDecoder().decode([AnswerKey].self, from: data) == keys)
    let entries = try JSONDecoder().decode(
      [NameEntry].self, from: JSONEncoder().encode(EpisodeNames.entries))
    #expect(entries == EpisodeNames.entries)
  }
}

@Suite struct HangulNamesTests {
  @Test func addsTheHangulSpellingOnlyToActorsThatHaveOne() {
    let corpus = Corpus(
      id: "c", title: "t",
      actors: [
        Actor(id: "choe", name: "Choe Chang-ik", hangul: "최창익", summary: "", sources: []),
        Actor(id: "shepilov", name: "Dmitri Shepilov", summary: "", sources: []),
      ])
    let hangul = HangulNames(corpus: corpus)
    let entries = [
      NameEntry(id: "choe", kind: .actor, names: ["Choe Chang-ik"]),
      NameEntry(id: "shepilov", kind: .actor, names: ["Dmitri Shepilov"]),
    ]
    #expect(
      hangul.adding(to: entries).map(\.names) == [
        ["Choe Chang-ik", "최창익"], ["Dmitri Shepilov"],
      ])
    #expect(HangulNames.containsHangul("최창익") && !HangulNames.containsHangul("Choe"))
  }
}
