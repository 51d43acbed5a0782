import Foundation
import Testing

/// Where a session's reviews go: --progress, then PLENUM_PROGRESS, then ./progress in the
/// Plenum checkout, then $XDG_DATA_HOME/plenum; one folder per learner.
@Suite("Where progress is kept")
struct ProgressLocationTests {
  /// One Good review of the first card, with `arguments` and `extra` environment.
  private func studyOnce(
    _ sandbox: Sandbox, _ arguments: [String] = [], _ extra: [String: String] = [:]
  ) throws {
    let result = try sandbox.run(
      arguments, input: "\n3\n:quit\n", environment: sandbox.environment(extra))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr == "")
  }

  private func reviewCount(_ folder: String) -> Int {
    LogFile.all(in: folder).flatMap(\.reviews).count
  }

  @Test func progressVariableIsUsedWithoutTheFlag() throws {
    let sandbox = try Sandbox()
    let folder = sandbox.root + "/from-variable"
    try studyOnce(sandbox, [], ["PLENUM_PROGRESS": folder])
    #expect(reviewCount(folder + "/default") == 1)
    #expect(Sandbox.mode(sandbox.root + "/xdg") == nil)
  }

  @Test func flagWinsOverTheVariable() throws {
    let sandbox = try Sandbox()
    try studyOnce(
      sandbox, ["--progress", sandbox.progress], ["PLENUM_PROGRESS": sandbox.root + "/other"])
    #expect(reviewCount(sandbox.learnerFolder()) == 1)
    #expect(Sandbox.mode(sandbox.root + "/other") == nil)
  }

  @Test func xdgDataHomeWhenNothingElseIsGiven() throws {
    let sandbox = try Sandbox()
    try studyOnce(sandbox)
    #expect(reviewCount(sandbox.root + "/xdg/plenum/default") == 1)
    #expect(Sandbox.mode(sandbox.root + "/xdg/plenum") == 0o700)
  }

  @Test func progressFolderOfThePlenumCheckout() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      "// swift-tools-version:6.0\nlet package = Package(\n  name: \"Plenum\")\n",
      to: "Package.swift")
    try FileManager.default.createDirectory(
      atPath: sandbox.progress, withIntermediateDirectories: false)
    try studyOnce(sandbox)
    #expect(reviewCount(sandbox.learnerFolder()) == 1)
    #expect(Sandbox.mode(sandbox.root + "/xdg") == nil)
  }

  @Test func eachLearnerHasAFolderOfTheirOwn() throws {
    let sandbox = try Sandbox()
    try studyOnce(sandbox, ["--progress", sandbox.progress, "--learner", "alice"])
    try studyOnce(sandbox, ["--progress", sandbox.progress, "--learner", "alice"])
    try studyOnce(sandbox, ["--progress", sandbox.progress, "--learner", "Kim Min-ji"])
    #expect(reviewCount(sandbox.learnerFolder("alice")) == 2)
    #expect(reviewCount(sandbox.learnerFolder("Kim Min-ji")) == 1)
    #expect(Sandbox.mode(sandbox.learnerFolder()) == nil)
  }

  @Test func statsOfANewLearnerWritesNothing() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["stats", "--json", "--progress", sandbox.progress])
    #expect(result.status == 0)
    #expect(result.stderr == "")
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    #expect(object?["reviews"] as? Int == 0)
    #expect(object?["new_available"] as? Int == 20)
    #expect(Sandbox.mode(sandbox.progress) == nil)
  }

  @Test func generateIsTheSameBytesEveryTime() throws {
    let sandbox = try Sandbox()
    let (deck, first) = try GeneratedDeck.load(in: sandbox)
    let (_, second) = try GeneratedDeck.load(in: sandbox)
    #expect(first == second)
    #expect(deck.format == 1)
    #expect(deck.id == "august-1956")
    #expect(deck.cards.count > 100)
    #expect(Set(deck.cards.map(\.id)).count == deck.cards.count, "card ids are unique")
    for card in deck.cards where card.forms.contains("choice") {
      #expect(card.choices.contains(card.answer), "\(card.id): the answer is one of the choices")
    }
  }
}
