import Foundation
import Testing

@testable import PlenumCorpus

/// Broken corpora made from the valid fixture by one edit each; every one fails with exactly
/// these errors (line:column: message). The end-to-end twins are in PlenumCLITests.
@Suite("Bad corpus catalogue")
struct BadCorpusCatalogueTests {
  static let firstSummary = "The council met for the first time."

  static let cases: [(name: String, edits: [(String, String)], errors: [String])] = [
    (
      "wrong types",
      [("title: A small test corpus", "title: [A, small]"), ("value: 40", "value: forty")],
      [
        "4:8: `title` in the corpus must be a string; found a list",
        "87:12: `value` in quantity 'councillors' must be a finite number; found a string",
      ]
    ),
    (
      "missing fields",
      [("    locator: chapter 2\n", ""), ("    name: the first council meeting\n", "")],
      ["18:5: source 'history-1' has no `locator`", "59:5: event 'first-meeting' has no `name`"]
    ),
    (
      "unknown version", [("format: 1", "format: 2")],
      ["2:9: unsupported corpus format 2; this version of Plenum reads format 1"]
    ),
    (
      "format as text", [("format: 1", "format: \"1\"")],
      ["2:9: `format` must be the number 1; found a string"]
    ),
    (
      "duplicate id", [("  - id: bo-kim\n    name: Bo Kim", "  - id: ana-ri\n    name: Bo Kim")],
      [
        "13:18: unknown actor 'bo-kim' in source 'memo-1'; no actor in this file has that id",
        "53:18: unknown actor 'bo-kim' in actor 'ana-ri'; no actor in this file has that id",
        "55:9: the id 'ana-ri' is already used by the actor at line 35, column 9; ids must be unique across the file",
      ]
    ),
    (
      "cycle in causes",
      [
        (
          "    summary: \(firstSummary)\n",
          "    summary: \(firstSummary)\n    causes: [second-meeting]\n"
        )
      ],
      [
        "75:14: the causes form a cycle: first-meeting → second-meeting → first-meeting; an event cannot lead to itself"
      ]
    ),
    (
      "escape sequences in prose",
      [(firstSummary, #""The council \e]52;c;aGk=\a met \e[2J\x9b31m.""#)],
      [
        "64:14: `summary` in event 'first-meeting' contains the control character U+001B; remove it (only line breaks and tabs are allowed in `summary`)"
      ]
    ),
    (
      "ten megabytes", [(firstSummary, "\"" + String(repeating: "x", count: 10 << 20) + "\"")],
      [
        "1:1: the corpus is 10.1 MiB; Plenum reads corpora of at most 8 MiB, so remove text it does not need"
      ]
    ),
  ]

  @Test(arguments: cases.map(\.name))
  func refusesWithExactlyTheseErrors(name: String) throws {
    let example = try #require(Self.cases.first { $0.name == name })
    var text = try fixture("small-valid")
    for (old, new) in example.edits {
      #expect(text.contains(old))
      text = text.replacingOccurrences(of: old, with: new)
    }
    #expect(errorLines(text) == example.errors)
  }

  @Test func aSevenMegabyteSummaryStillLoads() throws {
    // Under the 8 MiB limit a long text is the author's business: no crash, no hang.
    let text = try fixture("small-valid").replacingOccurrences(
      of: Self.firstSummary, with: String(repeating: "lorem ipsum ", count: 600_000))
    let corpus = try CorpusLoader.load(yaml: text, fileName: "long.yaml").corpus
    #expect(corpus.events.first?.summary.count == 7_199_999)  // the final space is trimmed
  }

  @Test func whitespaceOnlyIsEmpty() {
    #expect(
      errorLines(" \n\t\n  \n") == [
        "1:1: the corpus is empty; start from the output of `plenum corpus export` or `plenum corpus schema`"
      ])
  }
}
