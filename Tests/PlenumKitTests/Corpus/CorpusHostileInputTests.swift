import Foundation
import Testing

@testable import PlenumCorpus

@Suite("Hostile corpus input")
struct CorpusHostileInputTests {
  /// Ten levels of nine-fold aliases: 9^10 "lol"s if expanded, and an aliased mapping key that
  /// Yams would hash in full while checking for duplicate keys.
  static let billionLaughs: String = {
    var text =
      "format: 1\nid: x\ntitle: T\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for level in 1...9 {
      text +=
        "lol\(level): &a\(level) ["
        + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
    }
    return text + "? *a9\n: boom\n"
  }()

  @Test(.timeLimit(.minutes(1))) func refusesBillionLaughsWithoutExpandingIt() {
    let diagnostics = failures(Self.billionLaughs)
    #expect(diagnostics.count == 92)  // 10 anchors, 81 aliases in lists, 1 aliased key
    #expect(
      diagnostics.prefix(3).map(\.description) == [
        """
        t.yaml:4:7: error: YAML anchors (&a0) are not allowed in a corpus; write the value out in full
        lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]
              ^
        """,
        """
        t.yaml:5:7: error: YAML anchors (&a1) are not allowed in a corpus; write the value out in full
        lol1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
              ^
        """,
        """
        t.yaml:5:12: error: YAML aliases (*a0) are not allowed in a corpus; write the value out in full
        lol1: &a1 [*a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0, *a0]
                   ^
        """,
      ])
    #expect(
      diagnostics.last?.headline
        == "t.yaml:14:3: error: YAML aliases (*a9) are not allowed in a corpus; write the value out in full"
    )
  }

  @Test func stopsAfterAHundredProblems() {
    let yaml = "format: 1\nid: x\ntitle: T\nlist:\n" + (0..<500).map { "  - &a\($0) x\n" }.joined()
    #expect(failures(yaml).count == 100)
  }

  @Test func refusesDeepNestingInFlowAndBlockStyle() {
    let message = "lists and maps nest more than 64 levels deep here; a corpus needs no more than 7"
    let flow =
      "format: 1\nid: x\ntitle: T\nd: " + String(repeating: "[", count: 70)
      + String(repeating: "]", count: 70)
    #expect(errorLines(flow) == ["4:67: \(message)"])
    // Past libyaml's own limit (1000) its scanner stops first, at the outermost bracket.
    let deeper = "format: 1\nid: x\ntitle: T\nd: " + String(repeating: "[", count: 100_000)
    #expect(errorLines(deeper) == ["4:5: \(message)"])
    let block =
      "format: 1\nid: x\ntitle: T\n"
      + (0..<70).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
    #expect(errorLines(block) == ["68:65: \(message)"])
  }

  @Test func reportsAnEmptyCorpus() {
    let message =
      "1:1: the corpus is empty; start from the output of `plenum corpus export` or `plenum corpus schema`"
    #expect(errorLines("") == [message])
    #expect(errorLines("  \n\n") == [message])
    #expect(errorLines("# only a comment\n") == [message])
    #expect(errorLines("---\n") == [message])
  }

  @Test func refusesASecondDocument() {
    #expect(
      errorLines("format: 1\n---\nformat: 1\n") == [
        "2:1: a corpus is one YAML document, but a second one starts here; remove the extra `---`"
      ])
  }

  @Test func refusesRawControlCharactersInTheFile() {
    #expect(
      errorLines("format: 1\nid: x\ntitle: a\u{1B}[2Jb\n") == [
        "3:9: the file contains the control character U+001B; remove it"
      ])
  }

  @Test func showsControlCharactersInTheSourceLineAsReplacementCharacters() {
    let diagnostic = failures("format: 1\nid: x\ntitle: a\u{1B}b\n")[0]
    #expect(diagnostic.description.hasSuffix("\ntitle: a\u{FFFD}b\n        ^"))
  }

  @Test func reportsTheFirstByteThatIsNotUTF8() {
    let bytes = Data("format: 1\ntitle: café\nname: a".utf8 + [0xFF, 0x41, 0x0A])
    #expect(throws: CorpusLoadFailure.self) {
      try CorpusLoader.decodeUTF8(bytes, fileName: "u.yaml")
    }
    do {
      _ = try CorpusLoader.decodeUTF8(bytes, fileName: "u.yaml")
    } catch {
      #expect(
        error.diagnostics.map(\.headline) == [
          "u.yaml:3:8: error: the file is not valid UTF-8 (byte 0xFF at offset 30); save it as UTF-8"
        ])
    }
  }

  @Test func refusesAHugeStringBeforeParsingIt() {
    let yaml = "format: 1\nid: x\ntitle: " + String(repeating: "a", count: 9 * 1024 * 1024) + "\n"
    #expect(
      errorLines(yaml) == [
        "1:1: the corpus is 9.1 MiB; Plenum reads corpora of at most 8 MiB, so remove text it does not need"
      ])
  }

  @Test func readsAtMostTheLimitFromAHugeFile() throws {
    let scratch = try TemporaryFolder(prefix: "plenum-corpus")
    let folder = URL(fileURLWithPath: scratch.path)
    let large = folder.appendingPathComponent("large.yaml")
    try Data(count: 9 * 1024 * 1024).write(to: large)
    #expect(
      loadFileErrors(large.path) == [
        "\(large.path):1:1: error: the corpus is 9.0 MiB; Plenum reads corpora of at most 8 MiB, so remove text it does not need"
      ])
    #expect(
      loadFileErrors(folder.path) == [
        "\(folder.path):1:1: error: cannot read the corpus: this is a folder; give the path of a .yaml file"
      ])
    let missing = folder.appendingPathComponent("none.yaml").path
    #expect(
      loadFileErrors(missing) == [
        "\(missing):1:1: error: cannot read the corpus: there is no file at this path; check the name"
      ])
  }

  @Test func loadsAValidFileFromDisk() throws {
    let url = try #require(
      Bundle.module.url(
        forResource: "small-valid", withExtension: "yaml", subdirectory: "Fixtures/corpora"))
    let (corpus, warnings) = try CorpusLoader.load(contentsOf: url.path)
    #expect(corpus.id == "small-test")
    #expect(warnings == [])
  }

  @Test func escapesControlCharactersInQuotedKeys() {
    #expect(
      errorLines("format: 1\nid: x\ntitle: T\n\"bad\\ekey\": 1\n") == [
        "4:1: unknown key 'bad\\u{1b}key' in the corpus; allowed keys are format, id, title, description, sources, "
          + "places, factions, actors, events, quantities, claims"
      ])
  }

  private func loadFileErrors(_ path: String) -> [String] {
    do {
      _ = try CorpusLoader.load(contentsOf: path)
      return []
    } catch {
      return error.diagnostics.map(\.headline)
    }
  }
}
