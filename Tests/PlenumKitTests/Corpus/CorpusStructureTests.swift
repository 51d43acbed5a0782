import Testing

@testable import PlenumCorpus

@Suite("Structural corpus errors")
struct CorpusStructureTests {
  @Test func reportsYAMLSyntaxWithTheLineAndACaret() {
    let diagnostics = failures("format: 1\nid: x\n  title: bad indent\n")
    #expect(
      diagnostics.map(\.description) == [
        """
        t.yaml:3:8: error: invalid YAML: mapping values are not allowed in this context
          title: bad indent
               ^
        """
      ])
  }

  @Test func reportsAnUnclosedFlowListWhereTheFileEnds() {
    #expect(
      errorLines("format: 1\nid: x\ntitle: [unclosed\n") == [
        "4:1: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 3, column 8)"
      ])
  }

  @Test func rejectsATopLevelThatIsNotAMap() {
    #expect(
      errorLines("- format: 1\n") == [
        "1:1: the corpus must be a map with keys such as `format`, `id` and `title`; found a list"
      ])
    #expect(
      errorLines("just words\n") == [
        "1:1: the corpus must be a map with keys such as `format`, `id` and `title`; found a string"
      ])
  }

  @Test func requiresFormatOne() {
    #expect(
      errorLines("id: x\ntitle: T\n") == [
        "1:1: the corpus has no `format`; add `format: 1` as its first line"
      ])
    #expect(
      errorLines("format: 2\nid: Not An Id\ntitle: T\nkey-of-format-2: x\n") == [
        "1:9: unsupported corpus format 2; this version of Plenum reads format 1"
      ])
    #expect(
      errorLines("format: \"1\"\nid: x\ntitle: T\n") == [
        "1:9: `format` must be the number 1; found a string"
      ])
  }

  @Test func namesAnUnknownKeyAndTheAllowedOnes() {
    #expect(
      errorLines("format: 1\nid: x\ntitle: T\nauthors: []\n") == [
        "4:1: unknown key 'authors' in the corpus (did you mean `actors`?); allowed keys are format, id, title, description, sources, "
          + "places, factions, actors, events, quantities, claims"
      ])
    #expect(
      errorLines(
        header
          + "actors:\n  - id: a\n    nmae: A\n    name: A\n    summary: S\n    sources: [doc-1]\n")
        == [
          "12:5: unknown key 'nmae' in actor 'a'; allowed keys are id, name, hangul, aliases, factions, summary, "
            + "roles, fate, confusable, sources, side, ask, leader"
        ])
    #expect(
      errorLines(header + "actors:\n  - id: a\n    nmae: A\n    summary: S\n    sources: [doc-1]\n")
        == [
          "11:5: actor 'a' has no `name`",
          "12:5: unknown key 'nmae' in actor 'a' (did you mean `name`?); allowed keys are id, name, hangul, "
            + "aliases, factions, summary, roles, fate, confusable, sources, side, ask, leader",
        ])
  }

  @Test func reportsAMalformedReferenceOnlyOnce() {
    #expect(
      errorLines(header + "places:\n  - id: p\n    name: P\n    sources: [Doc-1]\n") == [
        "13:15: 'Doc-1' in `sources` of place 'p' is not a valid id; use lower-case letters, digits and inner "
          + "hyphens, at most 64 characters (like 'choe-changik')"
      ])
  }

  @Test func reportsWrongTypes() {
    let yaml =
      header
      + "places:\n  - id: p\n    name: [a]\n    aliases: Pyongyang\n    sources: [doc-1]\n"
      + "quantities:\n  - id: q\n    what: w\n    value: many\n    approximate: sometimes\n    scope: s\n"
      + "    sources: [doc-1]\n"
    #expect(
      errorLines(yaml) == [
        "12:11: `name` in place 'p' must be a string; found a list",
        "13:14: `aliases` in place 'p' must be a list; found a string",
        "18:12: `value` in quantity 'q' must be a finite number; found a string",
        "19:18: `approximate` in quantity 'q' must be true or false; found a string",
      ])
    #expect(
      errorLines(header + "places:\n  - just-a-string\n") == [
        "11:5: a place must be a map of keys; found a string"
      ])
  }

  @Test func reportsMissingRequiredFieldsAtTheEntry() {
    #expect(
      errorLines(header + "actors:\n  - id: a\n    sources: [doc-1]\n") == [
        "11:5: actor 'a' has no `name`", "11:5: actor 'a' has no `summary`",
      ])
    #expect(
      errorLines(header + "places:\n  - name: P\n    sources: [doc-1]\n") == [
        "11:5: a place has no `id`"
      ])
  }

  @Test func reportsEmptyStrings() {
    let yaml =
      header
      + "places:\n  - id: p\n    name: \"\"\n    sources: [doc-1]\n  - id: q\n    name:\n    sources: [doc-1]\n"
    #expect(
      errorLines(yaml) == [
        "12:11: `name` in place 'p' is empty", "15:10: `name` in place 'q' is empty",
      ])
  }

  @Test func rejectsBadIDSyntax() {
    #expect(
      errorLines(header + "places:\n  - id: Pyong_yang\n    name: P\n    sources: [doc-1]\n") == [
        "11:9: 'Pyong_yang' in `id` of a place is not a valid id; use lower-case letters, digits and inner "
          + "hyphens, at most 64 characters (like 'choe-changik')"
      ])
  }

  @Test func rejectsAnUnknownSourceKind() {
    let yaml =
      "format: 1\nid: x\ntitle: T\nsources:\n  - id: s\n    title: t\n    kind: memoir\n    origin: o\n    locator: l\n"
    #expect(
      errorLines(yaml) == [
        "7:11: `kind` in source 's' must be one of archival, historian, popular, essay; found 'memoir'"
      ])
  }

  @Test func reportsADuplicateKeyAtItsSecondUse() {
    #expect(
      errorLines(header + "places:\n  - id: p\n    name: P\n    name: Q\n    sources: [doc-1]\n")
        == [
          "13:5: the key 'name' appears twice in this map (first at line 12, column 5); keep one"
        ])
  }

  @Test func reportsMalformedCitations() {
    #expect(
      errorLines(
        header + "places:\n  - id: p\n    name: P\n    sources: [{sorce: doc-1}, [doc-1]]\n") == [
          "13:15: a citation in place 'p' has no `source`",
          "13:16: unknown key 'sorce' in a citation in place 'p' (did you mean `source`?); allowed keys are source, at",
          "13:31: a citation in place 'p' must be a source id or a map with `source` and `at`; found a list",
        ])
  }

  @Test func refusesBothDateAndDates() {
    let yaml =
      header
      + "events:\n  - id: e\n    name: E\n    summary: S\n    date: 1956\n    dates:\n      - date: 1957\n"
      + "        sources: [doc-1]\n    sources: [doc-1]\n"
    #expect(
      errorLines(yaml) == [
        "16:7: event 'e' has both `date` and `dates`; use `date` when the sources agree, `dates` when they differ"
      ])
  }

  @Test func reportsImpossibleMalformedMixedAndReversedDates() {
    let yaml =
      header + "events:\n  - id: e\n    name: E\n    summary: S\n    dates:\n"
      + "      - date: 1956-02-30\n        sources: [doc-1]\n"
      + "      - date: 1956-13\n        sources: [doc-1]\n"
      + "      - date: 1956-08..1956-08-31\n        sources: [doc-1]\n"
      + "      - date: 1956-09..1956-08\n        sources: [doc-1]\n"
      + "      - date: Aug 1956\n        sources: [doc-1]\n"
      + "      - sources: [doc-1]\n    sources: [doc-1]\n"
    #expect(
      errorLines(yaml) == [
        "15:15: `date` in a date reading in event 'e': '1956-02-30' is not a day of the calendar",
        "17:15: `date` in a date reading in event 'e': '1956-13' is not a day of the calendar",
        "19:15: `date` in a date reading in event 'e': the range '1956-08..1956-08-31' mixes precisions; "
          + "give both ends as a year, a season, a month or a day",
        "21:15: `date` in a date reading in event 'e': the range '1956-09..1956-08' ends before it starts",
        "23:15: `date` in a date reading in event 'e': 'Aug 1956' is not a date; write 1956, 1956-summer, "
          + "1956-08, 1956-08-30 or a range A..B",
        "25:9: a date reading in event 'e' has no `date`",
      ])
  }

  @Test func rejectsControlCharactersButAllowsLineBreaksAndTabsInSummaries() {
    let yaml =
      header
      + "places:\n  - id: p\n    name: \"Pyong\\x07yang\"\n    aliases: [\"a\\nb\"]\n    sources: [doc-1]\n"
      + "factions:\n  - id: f\n    name: F\n    summary: \"line one\\nline\\ttwo\\x1b[31m\"\n    sources: [doc-1]\n"
      + "  - id: g\n    name: G\n    summary: \"line one\\nline\\ttwo\"\n    sources: [doc-1]\n"
    #expect(
      errorLines(yaml) == [
        "12:11: `name` in place 'p' contains the control character U+0007; remove it",
        "13:15: `aliases` in place 'p' contains a line break; write it on one line",
        "18:14: `summary` in faction 'f' contains the control character U+001B; remove it (only line breaks "
          + "and tabs are allowed in `summary`)",
      ])
  }

  @Test func reportsEveryErrorOfOneFileInOneRun() {
    let yaml = """
      format: 1
      id: Bad Id
      title: T
      colour: blue
      sources:
        - id: s
          title: t
          kind: archival
          origin: o
          locator: l
      places:
        - id: p
          name: P
          sources: [nowhere]
      events:
        - id: e
          name: E
          summary: "{{open"
          date: 1956-02-30
          sources: [s]
      """
    #expect(
      errorLines(yaml) == [
        "2:5: 'Bad Id' in `id` of the corpus is not a valid id; use lower-case letters, digits and inner hyphens, "
          + "at most 64 characters (like 'choe-changik')",
        "4:1: unknown key 'colour' in the corpus; allowed keys are format, id, title, description, sources, places, "
          + "factions, actors, events, quantities, claims",
        "14:15: unknown source 'nowhere' in place 'p'; no source in this file has that id",
        "18:14: `summary` of event 'e' opens a cloze span at character 1 that is never closed with `}}`",
        "19:11: `date` in event 'e': '1956-02-30' is not a day of the calendar",
      ])
  }

  @Test func failureDescriptionListsEachDiagnosticThenACount() {
    do {
      _ = try CorpusLoader.load(yaml: "format: 1\nid: X\ntitle: T\nextra: 1\n", fileName: "c.yaml")
      Issue.record("loaded")
    } catch {
      #expect(
        error.description == """
          c.yaml:2:5: error: 'X' in `id` of the corpus is not a valid id; use lower-case letters, digits and inner hyphens, at most 64 characters (like 'choe-changik')
          id: X
              ^
          c.yaml:4:1: error: unknown key 'extra' in the corpus; allowed keys are format, id, title, description, sources, places, factions, actors, events, quantities, claims
          extra: 1
          ^
          c.yaml: 2 errors; the corpus was not loaded.
          """)
    }
  }

  @Test func countsColumnsInCharactersAndPlacesTheCaretUnderWideOnes() {
    let yaml =
      header + "actors:\n  - {id: a, hangul: 최창익, nmae: x, name: A, summary: S, sources: [doc-1]}\n"
    let diagnostic = failures(yaml)[0]
    #expect(diagnostic.column == 26)  // one column per character: 최창익 is 3
    #expect(diagnostic.description.hasSuffix("\n" + String(repeating: " ", count: 28) + "^"))
  }

  @Test func caretAccountsForWideCharactersAndTabs() {
    let diagnostic = CorpusDiagnostic(
      file: "k.yaml", line: 3, column: 5, message: "m", sourceLine: "최창\t: x")
    #expect(diagnostic.description == "k.yaml:3:5: error: m\n최창\t: x\n    \t ^")
  }
}
