import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A progress root or learner folder that exists but cannot be read is an error naming it
/// (exit 66), never "0 reviews": a learner must not be told their progress is gone.
@Suite("Unreadable progress folders")
struct UnreadableProgressTests {
  /// Runs plenum as a user who cannot read root's 0700 folders (tests usually run as root,
  /// which reads everything): through setpriv as nobody, or as is for another user.
  private func runAsAnotherUser(_ sandbox: Sandbox, _ arguments: [String]) throws -> RunResult {
    var executable = try PlenumBinary.path()
    var all = arguments
    if getuid() == 0 {
      all = ["--reuid=65534", "--regid=65534", "--clear-groups", executable] + arguments
      executable = "/usr/bin/setpriv"
    }
    let child = try ChildProcess.spawn(
      executable, all, environment: sandbox.environment(), directory: sandbox.root,
      streams: .pipes)
    child.closeInput()
    let status = try child.finish(timeout: .seconds(60))
    return RunResult(status: status, stdout: child.outputText, stderr: child.errorText)
  }

  /// A sandbox others may enter, with one review in `default`; `progress` and `learner` get
  /// the given modes.
  private func sandbox(progress: mode_t, learner: mode_t) throws -> Sandbox {
    let sandbox = try Sandbox()
    #expect(chmod(sandbox.root, 0o755) == 0)
    let line = HostileInputFileTests.reviewLine(id: 1, card: "event-date:kwp-third-congress")
    try HostileInputFileTests.writeLog([line], in: sandbox)
    #expect(chmod(sandbox.learnerFolder(), learner) == 0)
    #expect(chmod(sandbox.progress, progress) == 0)
    return sandbox
  }

  private func message(_ path: String) -> String {
    "plenum: The folder \(path) cannot be read (Permission denied), so its reviews cannot be counted; nothing was shown as empty. Check its owner and permissions (ls -ld \(path)) or run plenum as its owner.\n"
  }

  @Test(arguments: [["stats"], ["export-log"], ["doctor"], ["stats", "--json"]])
  func unreadableProgressRootIsNoInputNamingIt(command: [String]) throws {
    let sandbox = try sandbox(progress: 0o700, learner: 0o700)
    let result = try runAsAnotherUser(sandbox, command + ["--progress", sandbox.progress])
    #expect(result.status == 66)
    #expect(result.stderr == message(sandbox.progress))
    #expect(result.stdout == "")
  }

  @Test(arguments: [["stats"], ["export-log"], ["doctor"]])
  func unreadableLearnerFolderIsNoInputNamingIt(command: [String]) throws {
    let sandbox = try sandbox(progress: 0o755, learner: 0o700)
    let result = try runAsAnotherUser(sandbox, command + ["--progress", sandbox.progress])
    #expect(result.status == 66)
    #expect(result.stderr == message(sandbox.learnerFolder()))
    #expect(result.stdout == "")
  }

  @Test func reportOfAClassWithAnUnreadableStudentIsNoInput() throws {
    let sandbox = try sandbox(progress: 0o755, learner: 0o700)
    let other = sandbox.progress + "/ben"
    try FileManager.default.createDirectory(
      atPath: other, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o755])
    let result = try runAsAnotherUser(sandbox, ["report", sandbox.progress])
    #expect(result.status == 66)
    #expect(
      result.stderr
        == "plenum: The folder '\(sandbox.learnerFolder())' cannot be read; check its permissions (its reviews would be counted as none).\n"
    )
  }

  @Test func reportRefusesAStudentFolderThatIsALinkAsStatsDoes() throws {
    let sandbox = try Sandbox()
    let line = HostileInputFileTests.reviewLine(id: 1, card: "event-date:kwp-third-congress")
    try HostileInputFileTests.writeLog([line], in: sandbox, learner: "real")
    let elsewhere = sandbox.root + "/class"
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: false)
    #expect(symlink(sandbox.learnerFolder("real"), elsewhere + "/linked") == 0)
    let result = try sandbox.run(["report", elsewhere])
    #expect(result.status == 66)
    #expect(
      result.stderr
        == "plenum: The student folder '\(elsewhere)/linked' is a symbolic link; plenum does not follow links to progress (as 'plenum stats' does not). Copy the folder in instead.\n"
    )
  }
}
