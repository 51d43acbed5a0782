import Testing

@testable import PlenumCorpus

@Suite("Semantic corpus errors")
struct CorpusSemanticTests {
  @Test func reportsDuplicateIDsAcrossKindsAndWithinAnEntry() {
    let yaml =
      header
      + "places:\n  - id: doc-1\n    name: P\n    sources: [doc-1]\nactors:\n  - id: a\n    name: A\n"
      + "    summary: S\n    roles:\n      - id: r\n        title: t\n        sources: [doc-1]\n      - id: r\n"
      + "        title: u\n        sources: [doc-1]\n    sources: [doc-1]\n"
    #expect(
      errorLines(yaml) == [
        "11:9: the id 'doc-1' is already used by the source at line 5, column 9; ids must be unique across the file",
        "22:13: the role id 'r' appears twice in actor 'a' (first at line 19, column 13); each must be unique there",
      ])
  }

  @Test func reportsADuplicateIDAtTheLaterOneEvenWhenItsKindComesFirst() {
    let yaml =
      "format: 1\nid: t\ntitle: T\nactors:\n  - id: x\n    name: X\n    summary: S\n    sources: [x]\n"
      + "sources:\n  - id: x\n    title: t\n    kind: essay\n    origin: o\n    locator: l\n"
    #expect(
      errorLines(yaml) == [
        "8:15: 'x' in actor 'x' is an actor, not a source",
        "10:9: the id 'x' is already used by the actor at line 5, column 9; ids must be unique across the file",
      ])
  }

  @Test func reportsUnknownAndWrongKindReferences() {
    let withAuthor = header.replacingOccurrences(
      of: "    locator: Document No. 1\n",
      with: "    locator: Document No. 1\n    author: kim\n    recipients: [pyongyang]\n")
    let yaml =
      withAuthor + "places:\n  - id: pyongyang\n    name: P\n    sources: [doc-1]\n"
      + "actors:\n  - id: a\n    name: A\n    summary: S\n    factions: [pyongyang]\n    confusable: [b]\n"
      + "    sources: [doc-2]\n"
      + "events:\n  - id: e\n    name: E\n    summary: S\n    place: pyongyan\n    causes: [nothing]\n"
      + "    participants:\n      - actor: b\n        part: p\n        sources: [doc-1]\n    sources: [doc-1]\n"
      + "quantities:\n  - id: q\n    what: w\n    value: 1\n    scope: s\n    event: a\n    sources: [doc-1]\n"
      + "claims:\n  - id: c\n    question: q?\n    about: [zzz, a]\n    readings:\n"
      + "      - {holder: h, answer: x, sources: [doc-1]}\n      - {holder: i, answer: y, sources: [doc-1]}\n"
    #expect(
      errorLines(yaml) == [
        "10:13: unknown actor 'kim' in source 'doc-1'; no actor in this file has that id",
        "11:18: 'pyongyang' in source 'doc-1' is a place, not an actor",
        "20:16: 'pyongyang' in actor 'a' is a place, not a faction",
        "21:18: unknown actor 'b' in actor 'a'; no actor in this file has that id",
        "22:15: unknown source 'doc-2' in actor 'a'; did you mean 'doc-1'?",
        "27:12: unknown place 'pyongyan' in event 'e'; did you mean 'pyongyang'?",
        "28:14: unknown event 'nothing' in event 'e'; no event in this file has that id",
        "30:16: unknown actor 'b' in event 'e'; no actor in this file has that id",
        "39:12: 'a' in quantity 'q' is an actor, not an event",
        "44:13: unknown entry 'zzz' in claim 'c'; no entry in this file has that id",
      ])
  }

  @Test func requiresACitationOnEveryFact() {
    let yaml =
      header + "places:\n  - id: p\n    name: P\n"
      + "factions:\n  - id: f\n    name: F\n    summary: S\n    sources: []\n"
      + "actors:\n  - id: a\n    name: A\n    summary: S\n    roles:\n      - id: r\n        title: t\n"
      + "    fate:\n      - text: died\n    sources: [doc-1]\n"
      + "events:\n  - id: e\n    name: E\n    summary: S\n    dates:\n      - date: 1956\n      - date: 1957\n"
      + "        sources: [doc-1]\n    participants:\n      - actor: a\n        part: p\n"
      + "    outcomes:\n      - id: o\n        text: t\n"
      + "  - id: e2\n    name: E\n    summary: S\n    date: 1956\n"
      + "quantities:\n  - id: q\n    what: w\n    value: 1\n    scope: s\n"
      + "claims:\n  - id: c\n    question: q?\n    readings:\n      - holder: h\n        answer: a\n"
      + "      - holder: h2\n        answer: b\n        sources: [doc-1]\n"
    let tail = "cites no source; add `sources:` with at least one source id"
    #expect(
      errorLines(yaml) == [
        "11:5: place 'p' \(tail)", "17:14: faction 'f' \(tail)",
        "23:9: role 'r' in actor 'a' \(tail)",
        "26:9: fate reading 1 in actor 'a' \(tail)", "29:5: event 'e' \(tail)",
        "33:9: date reading 1 in event 'e' \(tail)", "37:9: participant 'a' in event 'e' \(tail)",
        "40:9: outcome 'o' in event 'e' \(tail)", "42:5: event 'e2' \(tail)",
        "47:5: quantity 'q' \(tail)",
        "55:9: reading 1 in claim 'c' \(tail)",
      ])
  }

  @Test func reportsRolesEndingBeforeTheyBeginAndEventsBeforeTheirCauses() {
    let yaml =
      header
      + "actors:\n  - id: a\n    name: A\n    summary: S\n    roles:\n      - id: r\n        title: t\n"
      + "        from: 1956-08\n        to: 1956-07\n        sources: [doc-1]\n    sources: [doc-1]\n"
      + "events:\n  - id: cause\n    name: C\n    summary: S\n    date: 1956-08-30..1956-08-31\n    sources: [doc-1]\n"
      + "  - id: early\n    name: E\n    summary: S\n    date: 1956-06\n    causes: [cause]\n    sources: [doc-1]\n"
      + "  - id: overlap\n    name: O\n    summary: S\n    date: 1956-08-30\n    causes: [cause]\n    sources: [doc-1]\n"
      + "  - id: coarse\n    name: F\n    summary: S\n    date: 1956\n    causes: [cause]\n    sources: [doc-1]\n"
      + "  - id: same\n    name: F\n    summary: S\n    date: 1956-08-30..1956-08-31\n    causes: [cause]\n"
      + "    sources: [doc-1]\n"
      + "  - id: disputed\n    name: D\n    summary: S\n    dates:\n      - {date: 1950, sources: [doc-1]}\n"
      + "      - {date: 1960, sources: [doc-1]}\n    causes: [cause]\n    sources: [doc-1]\n"
    let tail = "a cause must come first, so fix a date or the `causes` list"
    #expect(
      errorLines(yaml) == [
        "18:13: role 'r' in actor 'a' ends (1956-07) before it begins (1956-08)",
        "31:14: event 'early' (1956-06) is dated before its cause 'cause' (1956-08-30..1956-08-31); \(tail)",
        "37:14: event 'overlap' (1956-08-30) is over before the end of its cause 'cause' "
          + "(1956-08-30..1956-08-31); \(tail)",
      ])
  }

  @Test func leavesAnUnreadableDateOutOfTheChronologyChecks() {
    let yaml =
      header
      + "events:\n  - id: cause\n    name: C\n    summary: S\n    date: 1956\n    sources: [doc-1]\n"
      + "  - id: effect\n    name: E\n    summary: S\n    dates:\n      - {date: 1956-02-30, sources: [doc-1]}\n"
      + "    causes: [cause]\n    sources: [doc-1]\n"
    #expect(
      errorLines(yaml) == [
        "20:16: `date` in a date reading in event 'effect': '1956-02-30' is not a day of the calendar"
      ])
  }

  @Test func reportsACycleOfCausesOnce() {
    let yaml =
      header
      + "events:\n  - id: a\n    name: A\n    summary: S\n    causes: [b]\n    sources: [doc-1]\n"
      + "  - id: b\n    name: B\n    summary: S\n    causes: [c]\n    sources: [doc-1]\n"
      + "  - id: c\n    name: C\n    summary: S\n    causes: [a]\n    sources: [doc-1]\n"
      + "  - id: d\n    name: D\n    summary: S\n    causes: [d]\n    sources: [doc-1]\n"
    #expect(
      errorLines(yaml) == [
        "24:14: the causes form a cycle: a → b → c → a; an event cannot lead to itself",
        "29:14: event 'd' lists itself among its causes",
      ])
  }

  @Test func reportsAnAliasClaimedByTwoActorsIgnoringCaseSpacesHyphensApostrophesAndDiacritics() {
    let yaml =
      header
      + "actors:\n  - id: choe-changik\n    name: Choe Chang-ik\n    aliases: [\"Ch'oe Ch'ang-ik\"]\n"
      + "    summary: S\n    sources: [doc-1]\n  - id: other\n    name: Other\n"
      + "    aliases: [\"choe changik\", \"Ch’ŏe Ch’ang ik\", Pak]\n    summary: S\n    sources: [doc-1]\n"
    let tail =
      "is also a spelling of actor 'choe-changik' (line 12, column 11); learners' answers could not tell them apart"
    #expect(
      errorLines(yaml) == [
        "18:15: the alias 'choe changik' of actor 'other' \(tail)",
        "18:31: the alias 'Ch’ŏe Ch’ang ik' of actor 'other' \(tail)",
      ])
  }

  @Test func rejectsAnActorConfusableWithItself() {
    let yaml =
      header
      + "actors:\n  - id: a\n    name: A\n    summary: S\n    confusable: [a]\n    sources: [doc-1]\n"
    #expect(
      errorLines(yaml) == [
        "14:18: actor 'a' lists itself in `confusable`; name other actors learners mix it up with"
      ])
  }

  @Test func reportsUnbalancedClozeMarkers() {
    let yaml =
      header
      + "events:\n  - id: a\n    name: A\n    summary: \"{{x}} and {{y\"\n    sources: [doc-1]\n"
      + "  - id: b\n    name: B\n    summary: \"x}} y\"\n    sources: [doc-1]\n"
      + "  - id: c\n    name: C\n    summary: \"{{a {{b}} c}}\"\n    sources: [doc-1]\n"
      + "  - id: d\n    name: D\n    summary: \"{{}}\"\n    sources: [doc-1]\n"
    #expect(
      errorLines(yaml) == [
        "13:14: `summary` of event 'a' opens a cloze span at character 11 that is never closed with `}}`",
        "17:14: `summary` of event 'b' closes a cloze span at character 2 that was never opened with `{{`",
        "21:14: `summary` of event 'c' opens a cloze span at character 5 inside the one opened at character 1; "
          + "close it with `}}` first",
        "25:14: `summary` of event 'd' has an empty cloze span `{{}}` at character 1",
      ])
  }

  @Test func warnsAboutClaimsWithFewerThanTwoReadings() {
    let corpus = Corpus(id: "t", title: "T", claims: [Claim(id: "c", question: "q?", readings: [])])
    let diagnostics = CorpusValidator.validate(corpus, marks: CorpusMarks(fileName: "m.yaml"))
    #expect(
      diagnostics.map(\.headline) == [
        "m.yaml:1:1: warning: claim 'c' has 0 readings; a claim records where sources differ, so give two readings or more"
      ])
  }
}
