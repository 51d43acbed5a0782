import Foundation
import Testing

/// Text the program did not write itself (a shared deck, a learner's answer, a link in the
/// progress folder) cannot drive the terminal or send reviews elsewhere.
@Suite("Hostile text and files")
struct HostileTextTests {
  /// Clear screen, set the clipboard (OSC 52), a C1 CSI and a bidi override.
  static let payload = "\u{1B}[2J\u{1B}]52;c;aGFja2Vk\u{07}\u{9B}31m\u{202E}"

  /// The default deck with the payload woven into every prompt, answer, choice and
  /// explanation, written as a deck file.
  private func hostileDeck(_ sandbox: Sandbox) throws -> String {
    let (_, data) = try GeneratedDeck.load(in: sandbox)
    var deck = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var cards = try #require(deck["cards"] as? [[String: Any]])
    for index in cards.indices {
      for field in ["prompt", "explanation"] {
        if let text = cards[index][field] as? String {
          cards[index][field] = Self.payload + text + Self.payload
        }
      }
    }
    deck["cards"] = cards
    deck["title"] = Self.payload + "Hostile deck"
    let path = sandbox.root + "/hostile.json"
    try JSONSerialization.data(withJSONObject: deck).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func deckTextCannotDriveThePipedOutput() throws {
    let sandbox = try Sandbox()
    let deck = try hostileDeck(sandbox)
    // A typed command is echoed in the "Unknown command" reply: it must come back clean too.
    let command = ":foo\u{1B}]0;title\u{07}"
    let result = try sandbox.run(
      ["study", deck, "--progress", sandbox.progress], input: "\(command)\n\n3\n:quit\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      !result.stdout.unicodeScalars.contains {
        $0.value == 0x1B || (0x80..<0xA0).contains($0.value) || $0 == "\u{202E}"
      })
    #expect(
      SessionTranscript(result.stdout).header.first?.hasPrefix("Hostile deck — 0 due, 20 new.")
        == true)
    let first = try #require(SessionTranscript(result.stdout).questions.first)
    #expect(first.after.first == "Unknown command :foo. Type :help for the list.")
    #expect(!first.prompt.isEmpty && !first.prompt.contains("52;c"))
    #expect(LogFile.all(in: sandbox.learnerFolder()).flatMap(\.reviews).count == 1)
  }

  @Test func deckTextCannotDriveTheTerminal() throws {
    let sandbox = try Sandbox()
    let deck = try hostileDeck(sandbox)
    let child = try sandbox.start(
      ["study", deck, "--progress", sandbox.progress],
      environment: sandbox.environment(["TERM": "xterm", "NO_COLOR": "1"]),
      streams: .terminal(columns: 80, rows: 24))
    try child.read(
      until: { TerminalSessionTests.Terminal.plain($0.output).hasSuffix("\n> ") },
      waitingFor: "the first prompt")
    child.send("\r")
    try child.read(
      until: { TerminalSessionTests.Terminal.plain($0.output).hasSuffix("rating> ") },
      waitingFor: "the rating prompt")
    child.send("\u{4}")
    #expect(try child.finish() == 0)
    let raw = child.outputText
    #expect(!raw.contains("\u{1B}[2J"), "no clear screen")
    #expect(!raw.contains("\u{1B}]"), "no OSC (clipboard, title)")
    #expect(!raw.unicodeScalars.contains { (0x80..<0xA0).contains($0.value) || $0 == "\u{202E}" })
  }

  @Test func learnerFolderThatIsALinkIsRefused() throws {
    let sandbox = try Sandbox()
    let elsewhere = sandbox.root + "/elsewhere"
    try FileManager.default.createDirectory(
      atPath: sandbox.progress, withIntermediateDirectories: false)
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
    try FileManager.default.createSymbolicLink(
      atPath: sandbox.learnerFolder(), withDestinationPath: elsewhere)
    let result = try sandbox.run(["--progress", sandbox.progress], input: "\n3\n")
    #expect(result.status == 73)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "plenum: \(sandbox.learnerFolder()) is a symbolic link; plenum does not follow links in the "
        + "progress folder, so a review cannot be written elsewhere by accident. "
        + "Replace the link with a real folder or file.\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).isEmpty)
  }
}
