import Foundation
import Testing

@testable import PlenumExport

/// Imports real packages into real Anki (the `anki` Python package) with
/// `Tests/anki_import_check.py`. Anki is not a build dependency, so without it these tests are
/// skipped, and the skip message says so; set PLENUM_ANKI_PYTHON to a Python that has it
/// (e.g. after `python3 -m venv /tmp/ankienv && /tmp/ankienv/bin/pip install anki`).
@Suite(.serialized, .tags(.external)) struct AnkiImportExternalTests {
  @Test(
    .enabled(
      if: Interpreter.anki != nil,
      "SKIPPED: no Python with the 'anki' module (python3 lacks it and PLENUM_ANKI_PYTHON is unset), so real Anki did not import the package."
    ),
    .timeLimit(.minutes(2)),
    arguments: ["hand-made", "200 typed cards"])
  func realAnkiImportsPackageAndTextExport(sample: String) throws {
    let python = try #require(Interpreter.anki)
    let deck = sample == "hand-made" ? AnkiSampleDeck.deck : AnkiSampleDeck.large(count: 200)
    let scratch = try TemporaryFolder(prefix: "plenum-anki")
    let folder = URL(fileURLWithPath: scratch.path)
    let apkg = folder.appendingPathComponent("deck.apkg")
    let text = folder.appendingPathComponent("deck.txt")
    try AnkiPackage.build(deck).write(to: apkg)
    try Data(AnkiText.render(deck).utf8).write(to: text)

    let run = try Interpreter.run(
      python,
      [Interpreter.checkScript, apkg.path, text.path, String(deck.cards.count), deck.title])
    print("anki_import_check.py (\(python)), \(deck.cards.count) cards:\n\(run.output)")
    #expect(run.status == 0, "\(run.output)")
    #expect(
      run.output.hasSuffix("OK: Anki imported the package and the text export as expected.\n"))
  }

  @Test(
    .enabled(
      if: Interpreter.plainPython != nil,
      "SKIPPED: no python3 on PATH, so Python's zipfile did not read the package."))
  func pythonZipfileReadsPackageAndItsCRCs() throws {
    let python = try #require(Interpreter.plainPython)
    let scratch = try TemporaryFolder(prefix: "plenum-apkg")
    let apkg = URL(fileURLWithPath: scratch.file("deck.apkg"))
    try AnkiPackage.build(AnkiSampleDeck.deck).write(to: apkg)
    let script = """
      import sys, zipfile
      z = zipfile.ZipFile(sys.argv[1])
      print(z.testzip(), z.namelist(), z.read('media'))
      """
    let run = try Interpreter.run(python, ["-c", script, apkg.path])
    #expect(run.status == 0)
    #expect(run.output == "None ['collection.anki2', 'media'] b'{}'\n")
  }
}

/// Finds and runs the Python interpreters the checks need.
enum Interpreter {
  /// `Tests/anki_import_check.py`, found from this file's place in the repository.
  static let checkScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("anki_import_check.py").path

  /// PLENUM_ANKI_PYTHON if set, else python3 from PATH, when it can `import anki`.
  static let anki: String? = {
    let candidate = ProcessInfo.processInfo.environment["PLENUM_ANKI_PYTHON"] ?? "python3"
    return (try? run(candidate, ["-c", "import anki"]))?.status == 0 ? candidate : nil
  }()

  /// python3 from PATH, when there is one.
  static let plainPython: String? =
    (try? run("python3", ["-c", "pass"]))?.status == 0 ? "python3" : nil

  /// Runs `program` (a path, or a name looked up on PATH) and returns its exit status and
  /// standard output followed by standard error.
  static func run(_ program: String, _ arguments: [String]) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }
}
