import Foundation
import Testing

@testable import PlenumCorpus

/// Loads inline YAML that must fail, returning its diagnostics.
func failures(_ yaml: String, file: String = "t.yaml") -> [CorpusDiagnostic] {
  do {
    _ = try CorpusLoader.load(yaml: yaml, fileName: file)
    Issue.record("the corpus loaded, but it should have failed")
    return []
  } catch {
    return error.diagnostics
  }
}

/// The `line:column: message` of each error, the form most tests assert.
func errorLines(_ yaml: String) -> [String] {
  failures(yaml).filter { $0.severity == .error }.map { "\($0.line):\($0.column): \($0.message)" }
}

/// A minimal valid header plus one source, for tests that add a few entries after it.
let header = """
  format: 1
  id: test
  title: A test corpus
  sources:
    - id: doc-1
      title: A memorandum
      kind: archival
      origin: an embassy
      locator: Document No. 1

  """

/// The text of a fixture under Fixtures/corpora.
func fixture(_ name: String) throws -> String {
  let url = try #require(
    Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Fixtures/corpora"))
  return try String(contentsOf: url, encoding: .utf8)
}
