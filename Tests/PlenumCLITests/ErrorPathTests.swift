import Foundation
import Testing

/// Every way `plenum` refuses to start: the exact sentence on stderr, the documented exit
/// code, nothing on stdout, and nothing written anywhere.
@Suite("Errors before studying")
struct ErrorPathTests {
  /// Runs `plenum` expecting a refusal, then checks that the sandbox is as it was.
  private func expectRefusal(
    _ arguments: [String], environment extra: [String: String] = [:], progress: Bool = true,
    status: Int32, stderr: String, in sandbox: Sandbox? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let sandbox = try sandbox ?? Sandbox()
    let before = Sandbox.listing(sandbox.root)
    let environment = sandbox.environment(extra)
    let result = try sandbox.run(
      arguments + (progress ? ["--progress", sandbox.progress] : []), input: "\n3\n",
      environment: environment)
    #expect(result.status == status, sourceLocation: sourceLocation)
    #expect(result.stderr == stderr, sourceLocation: sourceLocation)
    #expect(result.stdout == "", sourceLocation: sourceLocation)
    #expect(
      Sandbox.listing(sandbox.root) == before, "nothing may be written",
      sourceLocation: sourceLocation)
    #expect(Sandbox.mode(sandbox.progress) == nil, sourceLocation: sourceLocation)
  }

  @Test func unknownFlagIsAUsageError() throws {
    try expectRefusal(
      ["--bogus"], status: 64,
      stderr: """
        Error: Unknown option '--bogus'
        Usage: plenum study [--deck <deck>] [--new <new>] [--learner <learner>] [--progress <dir>] [--scheduler <scheduler>]
          See 'plenum study --help' for more information.

        """)
  }

  @Test func missingDeckFile() throws {
    try expectRefusal(
      ["study", "/nonexistent/deck.json"], status: 66,
      stderr: "plenum: The deck '/nonexistent/deck.json' does not exist. Make one with "
        + "'plenum generate --out /nonexistent/deck.json' or check the path.\n")
  }

  @Test func deckThatIsAFolder() throws {
    let sandbox = try Sandbox()
    try FileManager.default.createDirectory(
      atPath: sandbox.root + "/decks", withIntermediateDirectories: false)
    try expectRefusal(
      ["study", "decks"], status: 66,
      stderr: "plenum: The deck 'decks' cannot be read: it is a folder, not a file.\n", in: sandbox)
  }

  @Test func deckThatIsNotJSON() throws {
    let sandbox = try Sandbox()
    try sandbox.write("{\"format\": 1, \"cards\": [", to: "broken.json")
    try expectRefusal(
      ["study", "broken.json"], status: 65,
      stderr:
        "plenum: The deck 'broken.json' is not a valid Plenum deck: it is not a JSON object.\n",
      in: sandbox)
  }

  @Test func deckOfANewerFormat() throws {
    let sandbox = try Sandbox()
    try sandbox.write("{\"format\": 2, \"cards\": []}\n", to: "future.json")
    try expectRefusal(
      ["study", "future.json"], status: 65,
      stderr: "plenum: The deck 'future.json' has format 2; this version of Plenum reads format 1. "
        + "Update Plenum or regenerate the deck.\n",
      in: sandbox)
  }

  @Test func progressFolderThatCannotBeCreated() throws {
    try expectRefusal(
      ["--progress", "/proc/nope"], progress: false, status: 73,
      stderr:
        "plenum: Could not create the folder /proc/nope: No such file or directory (errno 2). "
        + "Reviews already saved are kept.\n")
  }

  @Test func progressFolderUnderARegularFile() throws {
    let sandbox = try Sandbox()
    let file = try sandbox.write("not a folder\n", to: "plain")
    try expectRefusal(
      ["--progress", file + "/progress"], progress: false, status: 73,
      stderr: "plenum: \(file) should be a folder but is a file or something else. "
        + "Move it away and run plenum again.\n",
      in: sandbox)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "not a folder\n")
  }

  @Test func clockThatIsNotATime() throws {
    try expectRefusal(
      [], environment: ["PLENUM_NOW": "yesterday"], status: 78,
      stderr:
        "plenum: PLENUM_NOW is 'yesterday', which is not an ISO-8601 time with a four-digit year; "
        + "write it like 2026-09-01T09:00:00Z or 2026-09-01T09:00:00+09:00.\n")
  }

  @Test(arguments: [
    ("../x", "it contains a path separator ('/' or '\\')", "../x"),
    ("a/b", "it contains a path separator ('/' or '\\')", "a/b"),
    ("", "it is empty", ""),
    ("a\u{1}b", "it contains a control character", "a\\u{01}b"),
    ("..", "it contains '..'", ".."),
    (".hidden", "it starts with a dot", ".hidden"),
    (
      String(repeating: "k", count: 65), "it is longer than 64 characters",
      String(repeating: "k", count: 65)
    ),
    (
      String(repeating: "\u{1D49C}", count: 64),
      "it is longer than 255 bytes in UTF-8, the longest folder name",
      String(repeating: "\u{1D49C}", count: 64)
    ),
    (
      "ana\u{200B}", "it contains an invisible formatting character (zero-width or bidirectional)",
      "ana\\u{200B}"
    ),
    (
      "ana\u{202E}lin",
      "it contains an invisible formatting character (zero-width or bidirectional)",
      "ana\\u{202E}lin"
    ),
    ("   ", "it is only spaces", "   "),
    (" ana", "it starts or ends with a space", " ana"),
  ])
  func learnerNamesThatCannotBeFolders(name: String, reason: String, shown: String) throws {
    try expectRefusal(
      ["--learner", name], status: 67,
      stderr: "plenum: The learner name '\(shown)' is not allowed: \(reason). "
        + "Choose a plain name such as 'alice' or 'Kim Min-ji'.\n")
  }

  @Test func emptyProgressVariable() throws {
    try expectRefusal(
      [], environment: ["PLENUM_PROGRESS": ""], progress: false, status: 78,
      stderr: "plenum: PLENUM_PROGRESS is set but empty; give it a folder or unset it.\n")
  }

  @Test func emptyProgressOptionIsAUsageErrorLikeTheEmptyVariable() throws {
    try expectRefusal(
      ["--progress", ""], progress: false, status: 64,
      stderr:
        "plenum: --progress is empty; give it a folder or leave the option out for the default.\n")
  }

  @Test(arguments: [
    ("stuty", "study"), ("stast", "stats"), ("docter", "doctor"), ("exportlog", "export-log"),
  ])
  func mistypedCommandIsNotTakenAsADeck(typed: String, meant: String) throws {
    try expectRefusal(
      [typed], status: 64,
      stderr: """
        Error: '\(typed)' is neither a command nor a deck file; did you mean '\(meant)'? See 'plenum --help' for the commands.
        Usage: plenum study [--deck <deck>] [--new <new>] [--learner <learner>] [--progress <dir>] [--scheduler <scheduler>]
          See 'plenum study --help' for more information.

        """)
  }
}
