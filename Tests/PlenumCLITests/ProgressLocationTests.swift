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
    // Nothing on stderr but, for a second learner, the note that a new one starts.
    #expect(result.stderr == "" || result.stderr.hasPrefix("plenum: starting a new learner '"))
  }

  private func reviewCount(_ folder: String) -> Int {
    LogFile.all(in: folder).flatMap(\.reviews).count
  }

  @Test func progressVariableIsUsedWithoutTheFlag() throws {
    let sandbox = try Sandbox()
    let folder = sandbox.root + "/from-variable"
    try studyOnce(sandbox, [], ["PLENUM_PROGRESS": folder])
    #expect(reviewCount(folder + "/default") == 1)
    #expect(
      Sandbox.listing(sandbox.root + "/xdg").keys.sorted() == ["plenum", "plenum/.device"],
      "only the installation's device id is kept in the data folder")
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
    #expect(
      Sandbox.listing(sandbox.root + "/xdg").keys.sorted() == ["plenum", "plenum/.device"],
      "only the installation's device id is kept in the data folder")
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
    let object = try JSONText.object(result.stdout)
    #expect(object["reviews"] as? Int == 0)
    #expect(object["new_available"] as? Int == 20)
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

  @Test func clonedMachinesWithOneMachineIDAndHostNameWriteTwoDeviceFiles() throws {
    let sandbox = try Sandbox()
    // Two installations on one machine-id and host name (this one): only their data
    // folders differ, as on two machines cloned from one image before plenum ran.
    try studyOnce(
      sandbox, ["--progress", sandbox.progress], ["XDG_DATA_HOME": sandbox.root + "/first"])
    try studyOnce(
      sandbox, ["--progress", sandbox.progress], ["XDG_DATA_HOME": sandbox.root + "/second"])
    let files = LogFile.all(in: sandbox.learnerFolder())
    #expect(files.count == 2, "\(files.map(\.name))")
    #expect(files.allSatisfy { $0.reviews.count == 1 })
    let first = try String(contentsOfFile: sandbox.root + "/first/plenum/.device", encoding: .utf8)
    #expect(files.map(\.name).contains("reviews-\(first.dropLast()).jsonl"))
    #expect(Sandbox.mode(sandbox.learnerFolder() + "/.devices") == nil)
  }

  @Test func deviceVariableNamesTheDeviceFile() throws {
    let sandbox = try Sandbox()
    try studyOnce(sandbox, ["--progress", sandbox.progress], ["PLENUM_DEVICE": "lab-pc-7"])
    #expect(LogFile.all(in: sandbox.learnerFolder()).map(\.name) == ["reviews-lab-pc-7.jsonl"])
    let bad = try sandbox.run(
      ["--progress", sandbox.progress], input: "\n3\n",
      environment: sandbox.environment(["PLENUM_DEVICE": "../x"]))
    #expect(bad.status == 78)
    #expect(
      bad.stderr
        == "plenum: PLENUM_DEVICE is '../x', which cannot name a log file; use 1 to 64 letters, digits, '-' or '_', or unset it.\n"
    )
  }

  @Test func doctorReportsADeviceFileWrittenByTwoMachines() throws {
    let sandbox = try Sandbox()
    let folder = sandbox.learnerFolder()
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    // Ids as plenum writes them: "b007", the writer's boot tag, then random digits.
    func line(_ n: Int, boot: String) -> String {
      let id = "b007" + boot + String(format: "%020x", n)
      return
        "{\"v\":1,\"id\":\"\(id)\",\"card\":\"event-date:kwp-third-congress\",\"deck\":\"august-1956\",\"at\":\"2026-08-0\(n)T09:00:00.000Z\",\"rating\":3,\"form\":\"typed\",\"answer\":\"x\",\"verdict\":\"correct\",\"ms\":5}\n"
    }
    let text =
      line(1, boot: "11111111") + line(2, boot: "22222222") + line(3, boot: "11111111")
    try sandbox.write(text, to: "progress/default/reviews-0123456789ab.jsonl")
    let result = try sandbox.run(["doctor", "--progress", sandbox.progress])
    #expect(result.status == 65)
    #expect(
      result.stdout == """
        1 problem (3 reviews and 0 undos in 1 file under \(folder)):
          reviews-0123456789ab.jsonl:3: this device file is written by two machines (records of one machine come back after another's), so a sync may lose reviews; they share one device id, probably a machine cloned after plenum ran. On one of them delete the file .device in plenum's data folder ($XDG_DATA_HOME/plenum or ~/.local/share/plenum) so it draws a new id; no review is lost
        Nothing was changed or deleted; every readable review is still used.

        """)
  }

  @Test func aSubfolderOfTheProjectUsesTheProjectProgressFolder() throws {
    let sandbox = try Sandbox()
    try sandbox.write(
      "// swift-tools-version:6.0\nlet package = Package(\n  name: \"Plenum\")\n",
      to: "Package.swift")
    try FileManager.default.createDirectory(
      atPath: sandbox.progress, withIntermediateDirectories: false)
    let sub = sandbox.root + "/Sources/deep"
    try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
    let child = try ChildProcess.spawn(
      try PlenumBinary.path(), [], environment: sandbox.environment(), directory: sub,
      streams: .pipes)
    child.send("\n3\n:quit\n")
    child.closeInput()
    #expect(try child.finish(timeout: .seconds(60)) == 0, "\(child.errorText)")
    #expect(reviewCount(sandbox.learnerFolder()) == 1)
    #expect(Sandbox.mode(sandbox.root + "/xdg/plenum/default") == nil)
  }
}
