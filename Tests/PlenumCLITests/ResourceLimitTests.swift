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
    // A sparse log of 2 MB, far past a limit of 64 blocks (32 or 64 KB).
    #expect(truncate(path, 2 << 20) == 0)
    let result = try runLimited(
      sandbox, blocks: 64, ["--progress", sandbox.progress], input: "a\n\n")
    #expect(result.status == 74)
    #expect(
      result.stderr.hasSuffix(
        "plenum: \(path) has reached the largest file size this system allows, so the review could not be saved. Raise the limit (ulimit -f) and answer again; reviews already saved are kept.\n"
      ), "\(result.stderr)")
    #expect(!result.stdout.contains("Saved:"))
  }
}
