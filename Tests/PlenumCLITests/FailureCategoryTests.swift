import Foundation
import Testing

@testable import PlenumCLI

/// Every failure leaves with the exit code of its category, and every code is documented.
@Suite("Failure categories")
struct FailureCategoryTests {
  /// The README's exit code table, code by code.
  static func documentedCodes() throws -> Set<Int32> {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let section = try #require(text.components(separatedBy: "## Exit codes").last)
    let row = #/^\| (\d+) \|/#.anchorsMatchLineEndings()
    return Set(section.matches(of: row).compactMap { Int32($0.1) })
  }

  @Test func eachCategoryHasItsOwnDocumentedCode() throws {
    let codes = FailureCategory.allCases.map(\.exitCode)
    #expect(Set(codes).count == codes.count, "two categories share a code")
    #expect(Set(codes).union([ExitStatus.success]) == (try Self.documentedCodes()))
  }

  /// A kit error that once escaped the console: ArgumentParser printed "Error: …" and exit 1.
  @Test func anAnkiPackageThatCannotUseTheTemporaryFolderIsExit73() throws {
    let sandbox = try Sandbox()
    let before = Sandbox.listing(sandbox.root)
    let result = try sandbox.run(
      ["generate", "--format", "apkg", "--out", "class.apkg"],
      environment: sandbox.environment(["TMPDIR": sandbox.root + "/no-such-folder"]))
    #expect(result.status == 73)
    #expect(result.stdout == "")
    #expect(
      result.stderr
        == "plenum: The Anki package could not use the temporary location '\(sandbox.root)/no-such-folder': No such file or directory. Check that the temporary folder is writable and has free space (or set TMPDIR to one that is), then export again.\n"
    )
    #expect(Sandbox.listing(sandbox.root) == before, "nothing may be written")
  }
}
