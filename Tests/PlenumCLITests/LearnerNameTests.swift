import Foundation
import Testing

/// Learner names as typed on different keyboards and terminals: one person, one folder.
@Suite("Learner names and folders")
struct LearnerNameTests {
  @Test func nfcAndNfdSpellingsOfAHangulNameAreOneLearner() throws {
    let sandbox = try Sandbox()
    let composed = "최민지"
    let decomposed = composed.decomposedStringWithCanonicalMapping
    try #require(composed.unicodeScalars.count != decomposed.unicodeScalars.count)
    let first = try sandbox.run(
      ["--progress", sandbox.progress, "--learner", decomposed], input: "\n3\n:quit\n")
    #expect(first.status == 0, "\(first.stderr)")
    let stats = try sandbox.run(
      ["stats", "--json", "--progress", sandbox.progress, "--learner", composed])
    let object = try JSONText.object(stats.stdout)
    #expect(object["reviews"] as? Int == 1)
    let folders = try FileManager.default.contentsOfDirectory(atPath: sandbox.progress)
    #expect(folders == [composed], "one folder, named in NFC")
  }

  @Test func invalidUTF8NameIsRefusedNotSharedWithAnotherInvalidName() throws {
    let sandbox = try Sandbox()
    let child = try ChildProcess.spawn(
      "/bin/sh",
      [
        "-c", "exec \"$0\" stats --progress \"$1\" --learner \"$(printf 'ana\\377')\"",
        try PlenumBinary.path(), sandbox.progress,
      ],
      environment: sandbox.environment(), directory: sandbox.root, streams: .pipes)
    child.closeInput()
    #expect(try child.finish(timeout: .seconds(30)) == 67)
    #expect(
      child.errorText
        == "plenum: The learner name 'ana\u{FFFD}' is not allowed: it is not valid UTF-8 (or holds U+FFFD, the replacement character). Choose a plain name such as 'alice' or 'Kim Min-ji'.\n"
    )
  }

  @Test func anExistingLearnerFolderIsMadePrivate() throws {
    let sandbox = try Sandbox()
    try FileManager.default.createDirectory(
      atPath: sandbox.learnerFolder(), withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o755])
    let result = try sandbox.run(["--progress", sandbox.progress], input: "\n3\n:quit\n")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(Sandbox.mode(sandbox.learnerFolder()) == 0o700)
  }
}
