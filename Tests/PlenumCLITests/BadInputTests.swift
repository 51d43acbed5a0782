import Foundation
import PlenumKit
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Hostile and broken input given to the built `plenum`: exact stderr, the documented exit
/// code (Sources/PlenumCLI/ExitStatus.swift), and nothing written that should not be.
@Suite("Bad input, end to end")
struct BadInputTests {
  // MARK: - Corpora

  /// Bad corpora, each with the complete stderr of `corpus check` and `generate`.
  static let corpora: [(name: String, stderr: String)] = [
    (
      "wrong-types",
      """
      plenum: wrong-types.yaml:4:8: error: `title` in the corpus must be a string; found a list
      title: [A, small]
             ^
      wrong-types.yaml:87:12: error: `value` in quantity 'councillors' must be a finite number; found a string
          value: forty
                 ^
      The corpus has 2 errors; nothing was generated.

      """
    ),
    (
      "missing-fields",
      """
      plenum: missing-fields.yaml:18:5: error: source 'history-1' has no `locator`
        - id: history-1
          ^
      missing-fields.yaml:59:5: error: event 'first-meeting' has no `name`
        - id: first-meeting
          ^
      The corpus has 2 errors; nothing was generated.

      """
    ),
    (
      "unknown-version",
      """
      plenum: unknown-version.yaml:2:9: error: unsupported corpus format 2; this version of Plenum reads format 1
      format: 2
              ^
      The corpus has 1 error; nothing was generated.

      """
    ),
    (
      "duplicate-id",
      """
      plenum: duplicate-id.yaml:13:18: error: unknown actor 'bo-kim' in source 'memo-1'; no actor in this file has that id
          recipients: [bo-kim]
                       ^
      duplicate-id.yaml:53:18: error: unknown actor 'bo-kim' in actor 'ana-ri'; no actor in this file has that id
          confusable: [bo-kim]
                       ^
      duplicate-id.yaml:55:9: error: the id 'ana-ri' is already used by the actor at line 35, column 9; ids must be unique across the file
        - id: ana-ri
              ^
      The corpus has 3 errors; nothing was generated.

      """
    ),
    (
      "cycle",
      """
      plenum: cycle.yaml:75:14: error: the causes form a cycle: first-meeting → second-meeting → first-meeting; an event cannot lead to itself
          causes: [first-meeting]
                   ^
      The corpus has 1 error; nothing was generated.

      """
    ),
    (
      "ten-megabytes",
      """
      plenum: ten-megabytes.yaml:1:1: error: the corpus is 10.1 MiB; Plenum reads corpora of at most 8 MiB, so remove text it does not need
      The corpus has 1 error; nothing was generated.

      """
    ),
    (
      "deep",
      """
      plenum: deep.yaml:4:67: error: lists and maps nest more than 64 levels deep here; a corpus needs no more than 7
      The corpus has 1 error; nothing was generated.

      """
    ),
    (
      "invalid-utf8",
      """
      plenum: invalid-utf8.yaml:56:15: error: the file is not valid UTF-8 (byte 0xC3 at offset 1426); save it as UTF-8
      The corpus has 1 error; nothing was generated.

      """
    ),
    (
      "empty",
      """
      plenum: empty.yaml:1:1: error: the corpus is empty; start from the output of `plenum corpus export` or `plenum corpus schema`
      The corpus has 1 error; nothing was generated.

      """
    ),
    (
      "terminal-escapes",
      """
      plenum: terminal-escapes.yaml:64:14: error: `summary` in event 'first-meeting' contains the control character U+001B; remove it (only line breaks and tabs are allowed in `summary`)
          summary: "The council \\e]52;c;aGk=\\a met \\e[2J\\x9b31m."
                   ^
      The corpus has 1 error; nothing was generated.

      """
    ),
  ]

  @Test(arguments: corpora.map(\.name))
  func corpusCheckAndGenerateRefuseABadCorpus(name: String) throws {
    let expected = try #require(Self.corpora.first { $0.name == name }).stderr
    let box = try BadInputSandbox()
    let file = try box.write(name + ".yaml", BadFiles.corpus(name))
    let before = box.snapshot()
    let check = try box.run(["corpus", "check", file])
    #expect(check.stderr == expected)
    #expect(check.status == 65)
    #expect(check.stdout.isEmpty)
    let generate = try box.run(["generate", "--corpus", file, "--out", "deck.json"])
    #expect(generate.stderr == expected)
    #expect(generate.status == 65)
    #expect(generate.stdout.isEmpty)
    #expect(box.snapshot() == before, "nothing may be written")
  }

  @Test func billionLaughsIsRefusedWithoutExpansion() throws {
    let box = try BadInputSandbox()
    let file = try box.write("laughs.yaml", BadFiles.corpus("billion-laughs"))
    let result = try box.run(["generate", "--corpus", file, "--format", "markdown"])
    let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(result.status == 65)
    #expect(lines.count == 92 * 3 + 2)  // 92 diagnostics of 3 lines, the summary, the final ""
    #expect(
      lines.first
        == "plenum: laughs.yaml:4:7: error: YAML anchors (&a0) are not allowed in a corpus; write the value out in full"
    )
    #expect(lines.suffix(2) == ["The corpus has 92 errors; nothing was generated.", ""])
    #expect(result.stdout.isEmpty)
  }

  /// Found by Fuzz/CorpusLoader: `generate` wrote a deck (date "998..1999") that `study`
  /// then refused; years are now written with four digits.
  @Test func deckGeneratedFromAThreeDigitYearCorpusCanBeStudied() throws {
    let box = try BadInputSandbox()
    let fixture =
      BadInputSandbox.packageRoot
      + "/Tests/PlenumKitTests/Fixtures/regressions/corpus-three-digit-year.yaml"
    let corpus = try box.write("old.yaml", try Data(contentsOf: URL(fileURLWithPath: fixture)))
    let generate = try box.run(["generate", "--corpus", corpus, "--out", "old.json"])
    #expect(generate.status == 0)
    #expect(generate.stderr.hasSuffix("Wrote old.json.\n"))
    let deck = try String(contentsOfFile: box.path("old.json"), encoding: .utf8)
    #expect(deck.contains(#""date" : "0998..1999""#))
    let study = try box.run(["study", "old.json"], stdin: nil)
    #expect(study.status == 0)
    #expect(study.stderr == "")
  }

  @Test func missingCorpusIsNoInput() throws {
    let box = try BadInputSandbox()
    let result = try box.run(["corpus", "check", "nothere.yaml"])
    #expect(result.stderr == "plenum: The corpus 'nothere.yaml' does not exist.\n")
    #expect(result.status == 66)
  }

  // MARK: - Decks

  /// Bad decks, with the complete stderr and exit code of `plenum study DECK`.
  static let decks: [(name: String, stderr: String, status: Int32)] = [
    ("empty", "it is not a JSON object.", 65),
    ("array", "it is not a JSON object.", 65),
    ("deep", "it is not a JSON object.", 65),
    ("invalid-utf8", "The given data was not valid JSON. at the top level.", 65),
    ("no-format", "the field 'format' is missing.", 65),
    ("format-text", "the field 'format' must be a whole number.", 65),
    ("cards-object", "expected Array<Any> at .cards.", 65),
    ("missing-prompt", "the field 'prompt' is missing at .cards[0].", 65),
    (
      "unknown-kind",
      "Cannot initialize CardKind from invalid String value riddle at .cards[0].kind.", 65
    ),
    ("huge-number", "The given data was not valid JSON. at the top level.", 65),
  ]

  @Test(arguments: decks.map(\.name) + ["unknown-version", "missing"])
  func studyRefusesABadDeckAndWritesNothing(name: String) throws {
    let box = try BadInputSandbox()
    let file = name + ".json"
    if name != "missing" { _ = try box.write(file, BadFiles.deck(name)) }
    let before = box.snapshot()
    let result = try box.run(["study", file], stdin: nil)
    switch name {
    case "missing":
      #expect(
        result.stderr
          == "plenum: The deck 'missing.json' does not exist. Make one with 'plenum generate --out missing.json' or check the path.\n"
      )
      #expect(result.status == 66)
    case "unknown-version":
      #expect(
        result.stderr
          == "plenum: The deck 'unknown-version.json' has format 2; this version of Plenum reads format 1. Update Plenum or regenerate the deck.\n"
      )
      #expect(result.status == 65)
    default:
      let expected = try #require(Self.decks.first { $0.name == name })
      #expect(
        result.stderr
          == "plenum: The deck '\(file)' is not a valid Plenum deck: \(expected.stderr)\n")
      #expect(result.status == expected.status)
    }
    #expect(result.stdout.isEmpty)
    #expect(box.snapshot() == before, "no progress folder, no file")
  }

  @Test func studyShowsADeckWithATenMegabyteTitle() throws {
    let box = try BadInputSandbox()
    _ = try box.write("huge.json", BadFiles.deck("huge-title"))
    let result = try box.run(["study", "huge.json"], stdin: nil)
    #expect(result.status == 0)
  }
}

// MARK: - Progress folders

extension BadInputTests {
  /// `--learner alice` with progress/alice a link to a folder outside the progress folder.
  @Test func learnerFolderThatIsASymbolicLink() throws {
    let box = try BadInputSandbox()
    let deck = try box.write("deck.json", BadFiles.deck("good"))
    try box.makeFolder("elsewhere")
    _ = try box.write("elsewhere/keep.txt", Data("keep\n".utf8))
    try box.makeFolder("progress")
    #expect(symlink(box.path("elsewhere"), box.path("progress/alice")) == 0)
    let before = box.snapshot()

    let study = try box.run(["study", deck, "--learner", "alice"], stdin: "Kim Il Sung\n\n")
    #expect(
      study.stderr
        == "plenum: \(box.path("progress/alice")) is a symbolic link; plenum does not follow links in the progress folder, so a review cannot be written elsewhere by accident. Replace the link with a real folder or file.\n"
    )
    #expect(study.status == 73)
    #expect(study.stdout.isEmpty)
    let stats = try box.run(["stats", deck, "--learner", "alice"])
    #expect(stats.status == 65)
    let doctor = try box.run(["doctor", deck, "--learner", "alice"])
    #expect(box.snapshot() == before, "nothing written, the link's target untouched")
    #expect(doctor.status == 65)
    #expect(stats.stderr.contains("symbolic link"))
  }

  /// The device's log file replaced by a link to a file outside the progress folder.
  @Test func logFileThatIsASymbolicLink() throws {
    let box = try BadInputSandbox()
    let deck = try box.write("deck.json", BadFiles.deck("good"))
    let first = try box.run(["study", deck, "--learner", "carol"], stdin: "Kim Il Sung\n\n")
    #expect(first.status == 0)
    let log = try box.logFile(learner: "carol")
    #expect(rename(box.path("progress/carol/" + log), box.path("target.jsonl")) == 0)
    #expect(symlink(box.path("target.jsonl"), box.path("progress/carol/" + log)) == 0)
    let before = box.snapshot()
    let skipped =
      "plenum: \(log): the file could not be read (it is a symbolic link, which plenum does not follow); its reviews are not counted\n"

    let study = try box.run(
      ["study", deck, "--learner", "carol"], stdin: "Kim Il Sung\n\n", now: "2026-09-05T09:00:00Z")
    #expect(
      study.stderr
        == skipped
        + "plenum: \(box.path("progress/carol/" + log)) is a symbolic link; plenum does not follow links in the progress folder, so a review cannot be written elsewhere by accident. Replace the link with a real folder or file.\n"
    )
    #expect(study.status == 73)
    let stats = try box.run(["stats", deck, "--learner", "carol"])
    #expect(stats.stderr == skipped)
    #expect(stats.status == 0)
    let doctor = try box.run(["doctor", deck, "--learner", "carol"])
    #expect(
      doctor.out == """
        1 problem (0 reviews and 0 undos in 1 file under \(box.path("progress/carol"))):
          \(log): the file could not be read (it is a symbolic link, which plenum does not follow); its reviews are not counted
        Nothing was changed or deleted; every readable review is still used.

        """)
    #expect(doctor.status == 65)
    #expect(box.snapshot() == before, "the link and its target are untouched")
  }

  /// A folder where the log file should be: the unreadable log that can be tested here (tests
  /// run as root, and chmod 000 does not stop root from reading a file).
  @Test func folderWhereTheLogFileShouldBe() throws {
    let box = try BadInputSandbox()
    let deck = try box.write("deck.json", BadFiles.deck("good"))
    #expect(
      try box.run(["study", deck, "--learner", "dana"], stdin: "Kim Il Sung\n\n").status == 0)
    let log = try box.logFile(learner: "dana")
    #expect(unlink(box.path("progress/dana/" + log)) == 0)
    try box.makeFolder("progress/dana/" + log)
    let before = box.snapshot()
    let stopped =
      "plenum: \(log):1: reading stopped here (Is a directory); the rest of the file is not counted\n"

    let study = try box.run(
      ["study", deck, "--learner", "dana"], stdin: "Kim Il Sung\n\n", now: "2026-09-05T09:00:00Z")
    #expect(
      study.stderr
        == stopped
        + "plenum: \(box.path("progress/dana/" + log)) should be a regular file but is a folder or something else. Move it away and run plenum again.\n"
    )
    #expect(study.status == 73)
    let stats = try box.run(["stats", deck, "--learner", "dana"])
    #expect(stats.stderr == stopped)
    #expect(stats.status == 0)
    let doctor = try box.run(["doctor", deck, "--learner", "dana"])
    #expect(doctor.status == 65)
    #expect(box.snapshot() == before)
  }

  /// A regular file where the learner's folder should be.
  @Test func fileWhereTheLearnerFolderShouldBe() throws {
    let box = try BadInputSandbox()
    let deck = try box.write("deck.json", BadFiles.deck("good"))
    try box.makeFolder("progress")
    _ = try box.write("progress/bob", Data("not a folder".utf8))
    let before = box.snapshot()
    let study = try box.run(["study", deck, "--learner", "bob"], stdin: "Kim Il Sung\n\n")
    #expect(
      study.stderr
        == "plenum: \(box.path("progress/bob")) should be a folder but is a file or something else. Move it away and run plenum again.\n"
    )
    #expect(study.status == 73)
    let doctor = try box.run(["doctor", deck, "--learner", "bob"])
    #expect(doctor.stderr == study.stderr, "the same sentence for every command")
    #expect(doctor.status == 65)
    let stats = try box.run(["stats", deck, "--learner", "bob"])
    #expect(stats.status == 65)
    #expect(box.snapshot() == before)
    #expect(stats.stderr.contains("should be a folder"))
  }

  @Test(arguments: ["..", "../outside", "/tmp/abs", "a/b", ".hidden"])
  func learnerNamesThatWouldLeaveTheProgressFolder(name: String) throws {
    let box = try BadInputSandbox()
    let deck = try box.write("deck.json", BadFiles.deck("good"))
    let before = box.snapshot()
    let result = try box.run(["study", deck, "--learner", name], stdin: "Kim Il Sung\n\n")
    #expect(result.status == 67)
    #expect(result.stderr.hasPrefix("plenum: The learner name '\(name)' is not allowed: "))
    #expect(box.snapshot() == before)
  }

  @Test func studyCreatesPrivateFoldersAndFiles() throws {
    let box = try BadInputSandbox()
    let deck = try box.write("deck.json", BadFiles.deck("good"))
    #expect(try box.run(["study", deck, "--learner", "eve"], stdin: "Kim Il Sung\n\n").status == 0)
    let log = try box.logFile(learner: "eve")
    #expect(box.mode("progress") == 0o700)
    #expect(box.mode("progress/eve") == 0o700)
    #expect(box.mode("progress/eve/.devices") == 0, "no device id in the learner folder")
    #expect(box.mode(".local/share/plenum") == 0o700)
    #expect(box.mode(".local/share/plenum/.device") == 0o600)
    #expect(box.mode("progress/eve/" + log) == 0o600)
    #expect(box.mode("progress/eve/.lock") == 0o600)
  }
}

// MARK: - Terminal safety and any input

extension BadInputTests {
  /// Bytes a terminal acts on: C0 controls except newline, DEL, C1 controls (as UTF-8), and
  /// the bidirectional overrides.
  static func controls(in data: Data) -> [String] {
    let text = String(decoding: data, as: UTF8.self)
    return text.unicodeScalars.filter { scalar in
      switch scalar.value {
      case 0x0A: false
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
      default: false
      }
    }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
  }

  @Test func studyOfADeckFullOfEscapesPrintsNoControlCharacters() throws {
    let box = try BadInputSandbox()
    let deck = try box.write("evil.json", BadFiles.deck("escapes"))
    let answers = "b\n\n:hint\n:source\n:help\n\u{1B}[2Ja\n\n:stats\n\n\n:undo\n\n\n\n\n\n"
    let result = try box.run(["study", deck], stdin: answers)
    #expect(result.status == 0)
    #expect(Self.controls(in: result.stdout) == [])
    #expect(Self.controls(in: Data(result.stderr.utf8)) == [])
    #expect(result.out.contains("Clipboard"))  // the text around the escapes is still shown
  }

  @Test func markdownOfAnEscapingCorpusIsRefusedCleanly() throws {
    let box = try BadInputSandbox()
    let file = try box.write("evil.yaml", BadFiles.corpus("terminal-escapes"))
    let result = try box.run(["generate", "--corpus", file, "--format", "markdown"])
    #expect(result.status == 65)
    #expect(Self.controls(in: Data(result.stderr.utf8)) == [])
    let embedded = try box.run(["generate", "--format", "markdown", "--size", "40"])
    #expect(embedded.status == 0)
    #expect(Self.controls(in: embedded.stdout) == [])
  }

  /// Arguments reach the terminal in ArgumentParser's own error messages.
  @Test func usageErrorsEchoNoEscapes() throws {
    let box = try BadInputSandbox()
    let option = try box.run(["--x\u{1B}]52;c;aGk=\u{07}"])
    #expect(option.status == 64)
    let value = try box.run(["study", "--new", "\u{1B}[2J"])
    #expect(value.status == 64)
    let learner = try box.run(["study", "--learner", "a\u{1B}[2J"])
    #expect(learner.status == 67)
    #expect(Self.controls(in: Data(learner.stderr.utf8)) == [])
    #expect(Self.controls(in: Data(option.stderr.utf8)) == [])
    #expect(Self.controls(in: Data(value.stderr.utf8)) == [])
  }

  /// A deck card with 30 choices: `:hint` crashed the loop (index out of range) until
  /// CardPresentation named options past "z" by number.
  @Test func hintOnACardWithThirtyChoices() throws {
    let box = try BadInputSandbox()
    let fixture =
      BadInputSandbox.packageRoot
      + "/Tests/PlenumKitTests/Fixtures/regressions/deck-thirty-choices.json"
    let deck = try box.write("many.json", try Data(contentsOf: URL(fileURLWithPath: fixture)))
    // The choices as the first review shows them: the hint drops the last wrong one.
    let shown = ChoiceOrder.shown(
      (0..<30).map { "Place \($0)" }, card: "event-place:many", earlierReviews: 0)
    let answer = try #require(shown.firstIndex(of: "Place 0"))
    let dropped = try #require(shown.indices.last { shown[$0] != "Place 0" })
    #expect(
      ChoiceLetters.letter(dropped) == "30", "the hint names a choice past z, as in the crash")
    #expect(answer < 26 && ChoiceLetters.letter(answer) == "k")
    let result = try box.run(["study", deck], stdin: ":hint\nk\n\n")
    #expect(result.status == 0)
    #expect(result.out.contains("\nHint: It is not \(ChoiceLetters.letter(dropped))).\n"))
    #expect(result.out.contains("\n✓ Correct.\n"))
    #expect(result.out.contains("Place 29"))
  }

  /// Any line, in any script and of any length, gets a verdict (or a re-ask), never a crash.
  @Test(arguments: [
    ("김일성", "✓ Correct."),
    ("Kim Il-so\u{306}ng", "✓ Correct."),  // a combining breve
    ("Kim Il Sung 🙂", "✓ Correct."),  // symbols are not part of a name
    ("\u{202E}gnuS lI miK", "✗ Wrong."),
    ("كيم إيل سونغ", "✗ Wrong."),
    ("Kim\u{0}Il Sung", "✓ Correct."),  // NUL separates words like a space
    (String(repeating: "x", count: 1_000_000), "✗ Wrong."),
    (String(repeating: "김일성 ", count: 200_000), "✗ Wrong."),
  ])
  func studyGradesAnyLine(answer: String, verdict: String) throws {
    let box = try BadInputSandbox()
    let deck = try box.write("deck.json", BadFiles.deck("good"))
    let result = try box.run(["study", deck], stdin: answer + "\n\n")
    #expect(result.status == 0)
    #expect(result.stderr == "")
    #expect(result.out.contains("\n" + verdict + " ") || result.out.contains("\n" + verdict + "\n"))
    #expect(Self.controls(in: result.stdout) == [])
    if answer.count > 500 {
      #expect(result.out.contains("answers longer than 500 characters are not graded"))
    }
    // The log keeps exactly what was typed, in any script, up to the 500 characters graded.
    let log = try Data(
      contentsOf: URL(
        fileURLWithPath: box.path("progress/default/" + box.logFile(learner: "default"))))
    let record = try #require(try JSONSerialization.jsonObject(with: log) as? [String: Any])
    let typed = answer.trimmingCharacters(in: .whitespaces).unicodeScalars
    #expect(record["answer"] as? String == String(String.UnicodeScalarView(typed.prefix(500))))
  }
}

// MARK: - Running plenum in a scratch folder

/// A scratch folder to run `plenum` in (its working directory, with progress/ inside), removed
/// when the test ends.
private final class BadInputSandbox {
  private let folder: TemporaryFolder
  private let captureFolder: TemporaryFolder
  var root: String { folder.path }
  private var captures: String { captureFolder.path }

  init() throws {
    folder = try TemporaryFolder(prefix: "plenum-bad-input")
    captureFolder = try TemporaryFolder(prefix: "plenum-bad-output")
  }

  /// The built `plenum` (see `PlenumBinary`).
  static var binary: String { get throws { try PlenumBinary.path() } }

  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

  func path(_ relative: String) -> String { root + "/" + relative }

  @discardableResult
  func write(_ relative: String, _ data: Data) throws -> String {
    try data.write(to: URL(fileURLWithPath: path(relative)))
    return relative
  }

  func makeFolder(_ relative: String) throws {
    try FileManager.default.createDirectory(
      atPath: path(relative), withIntermediateDirectories: true)
  }

  /// The name of the learner's one log file.
  func logFile(learner: String) throws -> String {
    let names = try FileManager.default.contentsOfDirectory(atPath: path("progress/" + learner))
    return try #require(names.first { $0.hasPrefix("reviews-") && $0.hasSuffix(".jsonl") })
  }

  func mode(_ relative: String) -> mode_t {
    var info = stat()
    return lstat(path(relative), &info) == 0 ? info.st_mode & 0o7777 : 0
  }

  /// Every entry under the folder: kind, size, mode, change time and link target.
  func snapshot() -> [String: String] {
    var entries: [String: String] = [:]
    let all = (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []
    for relative in all {
      var info = stat()
      guard lstat(path(relative), &info) == 0 else { continue }
      let target =
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path(relative))) ?? ""
      entries[relative] =
        "\(info.st_mode) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(target)"
    }
    return entries
  }

  /// What a run printed and how it ended.
  struct Outcome {
    var status: Int32
    var stdout: Data
    var stderr: String
    var out: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// Runs plenum here with `stdin` as its input (nil: /dev/null, i.e. at end at once).
  func run(_ arguments: [String], stdin: String? = nil, now: String = "2026-09-01T09:00:00Z")
    throws -> Outcome
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try Self.binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: root)
    process.environment = [
      "PLENUM_PROGRESS": path("progress"), "PLENUM_NOW": now, "NO_COLOR": "1", "HOME": root,
      "SWIFT_BACKTRACE": "enable=no", "PATH": "/usr/bin:/bin",
    ]
    let input = captures + "/stdin"
    try Data((stdin ?? "").utf8).write(to: URL(fileURLWithPath: input))
    let outPath = captures + "/stdout"
    let errPath = captures + "/stderr"
    for file in [outPath, errPath] {
      _ = FileManager.default.createFile(atPath: file, contents: nil)
    }
    process.standardInput =
      stdin == nil
      ? FileHandle.nullDevice : try FileHandle(forReadingFrom: URL(fileURLWithPath: input))
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    try process.run()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      stdout: try Data(contentsOf: URL(fileURLWithPath: outPath)),
      stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errPath)), as: UTF8.self))
  }
}

// MARK: - The bad files

/// Builds each bad corpus and deck the tests use.
private enum BadFiles {
  /// A corpus derived from the valid test fixture (Tests/PlenumKitTests/Fixtures).
  static func corpus(_ name: String) throws -> Data {
    let url = URL(
      fileURLWithPath: BadInputSandbox.packageRoot
        + "/Tests/PlenumKitTests/Fixtures/corpora/small-valid.yaml")
    let valid = try String(contentsOf: url, encoding: .utf8)
    func edit(_ pairs: (String, String)...) -> Data {
      var text = valid
      for (old, new) in pairs {
        precondition(text.contains(old), "the fixture no longer holds \(old)")
        text = text.replacingOccurrences(of: old, with: new)
      }
      return Data(text.utf8)
    }
    let firstSummary = "The council met for the first time."
    switch name {
    case "wrong-types":
      return edit(
        ("title: A small test corpus", "title: [A, small]"), ("value: 40", "value: forty"))
    case "missing-fields":
      return edit(("    locator: chapter 2\n", ""), ("    name: the first council meeting\n", ""))
    case "unknown-version": return edit(("format: 1", "format: 2"))
    case "duplicate-id":
      return edit(("  - id: bo-kim\n    name: Bo Kim", "  - id: ana-ri\n    name: Bo Kim"))
    case "cycle":
      return edit(
        (
          "    summary: \(firstSummary)\n",
          "    summary: \(firstSummary)\n    causes: [second-meeting]\n"
        ))
    case "ten-megabytes":
      return edit((firstSummary, "\"" + String(repeating: "x", count: 10 << 20) + "\""))
    case "deep":
      return Data(
        ("format: 1\nid: x\ntitle: T\nd: " + String(repeating: "[", count: 100)
          + String(repeating: "]", count: 100) + "\n").utf8)
    case "invalid-utf8":
      var data = edit(("Bo Kim", "Bo K\u{EF}m"))
      let at = try #require(data.firstRange(of: Data("K\u{EF}m".utf8)))
      data[at.lowerBound + 2] = 0x28  // 0xC3 then "(": a lead byte without its continuation
      return data
    case "empty": return Data()
    case "terminal-escapes":
      return edit((firstSummary, #""The council \e]52;c;aGk=\a met \e[2J\x9b31m.""#))
    case "billion-laughs":
      var text =
        "format: 1\nid: x\ntitle: T\nlol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
      for level in 1...9 {
        text +=
          "lol\(level): &a\(level) ["
          + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
      }
      return Data((text + "? *a9\n: boom\n").utf8)
    default: preconditionFailure("no bad corpus named \(name)")
    }
  }

  /// One typed card about Kim Il Sung (names include the Hangul spelling).
  static var card: [String: Any] {
    [
      "id": "actor-role:kim", "fact": "kim.role", "kind": "actor-role",
      "prompt": "Who chaired the party?", "answer": "Kim Il Sung", "accept": [String](),
      "choices": [String](), "items": [String](), "expected": ["type": "name", "id": "kim-ilsung"],
      "forms": ["typed"], "explanation": "He led the party.",
      "sources": [["kind": "historian", "locator": "p. 1", "source": "s", "title": "A history"]],
      "topics": ["kim-ilsung"], "disputed": false,
    ]
  }

  static var names: [[String: Any]] {
    [
      ["id": "kim-ilsung", "kind": "actor", "names": ["Kim Il Sung", "Kim Il-sŏng", "김일성"]],
      ["id": "choe-changik", "kind": "actor", "names": ["Choe Chang-ik"]],
    ]
  }

  static func deckObject(cards: [[String: Any]], title: String = "T") -> [String: Any] {
    [
      "format": 1, "id": "t", "title": title, "corpus": "c", "seed": 1, "cards": cards,
      "names": names,
    ]
  }

  static func json(_ object: Any) throws -> Data {
    try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  }

  static func deck(_ name: String) throws -> Data {
    var object = deckObject(cards: [card])
    switch name {
    case "good": break
    case "empty": return Data()
    case "array": return Data("[]".utf8)
    case "deep":
      return Data(
        (String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
    case "invalid-utf8":
      var data = try json(object)
      let at = try #require(data.firstRange(of: Data("He led".utf8)))
      data[at.lowerBound + 1] = 0xC3
      return data
    case "no-format": object["format"] = nil
    case "format-text": object["format"] = "1"
    case "unknown-version": object["format"] = 2
    case "cards-object": object["cards"] = [String: Any]()
    case "missing-prompt":
      var broken = card
      broken["prompt"] = nil
      object["cards"] = [broken]
    case "unknown-kind":
      var broken = card
      broken["kind"] = "riddle"
      object["cards"] = [broken]
    case "huge-number":
      let text = String(decoding: try json(object), as: UTF8.self).replacingOccurrences(
        of: #""expected":{"id":"kim-ilsung","type":"name"}"#,
        with: #""expected":{"approximate":false,"type":"number","value":1e400}"#)
      precondition(text.contains("1e400"))
      return Data(text.utf8)
    case "huge-title": object["title"] = String(repeating: "x", count: 10 << 20)
    case "escapes":
      let osc = "\u{1B}]52;c;aGVsbG8=\u{07}"
      let clear = "\u{1B}[2J"
      let c1 = "\u{9B}31m\u{9D}0;title\u{9C}"
      var choice = card
      choice["id"] = "event-place:evil"
      choice["kind"] = "event-place"
      choice["prompt"] = "Clipboard \(osc)where did the \(clear)plenum meet?\u{07}\u{8}"
      choice["answer"] = "Pyongyang\(c1)"
      choice["choices"] = [
        "Moscow\(osc)", "Pyongyang\(c1)", "Beijing\u{202E}gnijieB", "Seoul\u{0}",
      ]
      choice["expected"] = ["type": "choice"]
      choice["forms"] = ["choice"]
      choice["explanation"] = "It met \(clear)in the capital.\u{1B}[31m"
      choice["sources"] = [
        [
          "kind": "historian\(osc)", "locator": "p. \(c1)", "source": "s",
          "title": "\(clear)History",
        ]
      ]
      var typed = card
      typed["prompt"] = "Clipboard \(osc) who?\r\u{1B}[1A"
      typed["answer"] = "Kim Il Sung\(clear)"
      object["cards"] = [choice, typed]
      object["title"] = "\(osc)Deck\(clear)\(c1)"
    default: preconditionFailure("no bad deck named \(name)")
    }
    return try json(object)
  }
}
