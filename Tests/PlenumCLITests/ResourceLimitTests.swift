import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Limits and stuck files: a file-size limit, a FIFO where a file should be, a lock held by
/// another process. Each ends with the documented code and a sentence, never a signal or a
/// hang.
@Suite("Limits and stuck files")
struct ResourceLimitTests {
  /// Runs plenum under `sh -c 'ulimit -f BLOCKS; exec plenum …'`.
  private func runLimited(
    _ sandbox: Sandbox, blocks: Int, _ arguments: [String], input: String
  ) throws -> RunResult {
    let child = try ChildProcess.spawn(
      "/bin/sh",
      ["-c", "ulimit -f \(blocks) && exec \"$0\" \"$@\"", try PlenumBinary.path()]
        + arguments,
      environment: sandbox.environment(), directory: sandbox.root, streams: .pipes)
    child.send(input)
    child.closeInput()
    let status = try child.finish(timeout: .seconds(60))
    return RunResult(status: status, stdout: child.outputText, stderr: child.errorText)
  }

  @Test func fileSizeLimitIsExitSeventyFourWithAMessageNotSIGXFSZ() throws {
    let sandbox = try Sandbox()
    let first = try sandbox.run(["--progress", sandbox.progress], input: "a\n\n:quit\n")
    try #require(first.status == 0, "\(first.stderr)")
    let files = LogFile.all(in: sandbox.learnerFolder())
    try #require(files.count == 1)
    let path = sandbox.learnerFolder() + "/" + files[0].name
    // A sparse log of 3 MiB, past a limit of 1,024 blocks (0.5 or 1 MiB) and under the 4 MiB a
    // record may be. A much smaller limit crashes ThreadSanitizer's own runtime before plenum
    // starts, so the sanitizer run could not check this at 64 blocks.
    #expect(truncate(path, 3 << 20) == 0)
    let result = try runLimited(
      sandbox, blocks: 1024, ["--progress", sandbox.progress], input: "a\n\n")
    #expect(result.status == 74)
    #expect(
      result.stderr.hasSuffix(
        "plenum: \(path) has reached the largest file size this system allows, so the review could not be saved. Raise the limit (ulimit -f) and answer again; reviews already saved are kept.\n"
      ), "\(result.stderr)")
    #expect(!result.stdout.contains("Saved:"))
  }
}

extension ResourceLimitTests {
  @Test(arguments: ["study", "stats", "grade"])
  func deckThatIsAFIFOIsRefusedWithoutHanging(command: String) throws {
    let sandbox = try Sandbox()
    let fifo = sandbox.root + "/deck.json"
    #expect(mkfifo(fifo, 0o600) == 0)
    let arguments =
      command == "grade"
      ? ["grade", "some-card", "x", "--deck", "deck.json"]
      : [command, "deck.json", "--progress", sandbox.progress]
    let result = try sandbox.run(arguments, input: "a\n\n", timeout: .seconds(20))
    #expect(result.status == 66)
    #expect(
      result.stderr
        == "plenum: The deck 'deck.json' cannot be read: it is not a regular file (a FIFO, device or socket). Give the path of a .json file.\n"
    )
  }

  @Test func corpusThatIsAFIFOIsRefusedWithoutHanging() throws {
    let sandbox = try Sandbox()
    #expect(mkfifo(sandbox.root + "/mine.yaml", 0o600) == 0)
    let result = try sandbox.run(["corpus", "check", "mine.yaml"], timeout: .seconds(20))
    #expect(result.status == 66)
    #expect(
      result.stderr
        == "plenum: The corpus 'mine.yaml' cannot be read: it is not a regular file (a FIFO, device or socket). Give the path of a .yaml file.\n"
    )
  }

  @Test func lockHeldByAnotherProcessIsWaitedForWithAMessageThenGivenUp() throws {
    let sandbox = try Sandbox()
    let folder = sandbox.learnerFolder()
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    let lock = folder + "/.lock"
    let fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    try #require(fd >= 0)
    defer { close(fd) }
    // flock locks belong to the open file description: this test's lock blocks the child's.
    try #require(flock(fd, LOCK_EX) == 0)
    let result = try sandbox.run(
      ["--progress", sandbox.progress], input: "a\n\n",
      environment: sandbox.environment(["PLENUM_LOCK_TIMEOUT": "2"]))
    #expect(result.status == 73)
    #expect(
      result.stderr
        == "plenum: waiting up to 2 seconds for another plenum process to release \(lock)…\n"
        + "plenum: Another plenum process has held \(lock) for more than 2 seconds, so the review could not be saved. Finish or resume (fg) the other plenum session of this learner and answer again; reviews already saved are kept.\n"
    )
    #expect(!result.stdout.contains("Saved:"))
  }
}
