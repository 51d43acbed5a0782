/// Why a corpus did not load: every error found in one run, in file order, plus the warnings.
public struct CorpusLoadFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// Errors and warnings, sorted by line and column.
  public var diagnostics: [CorpusDiagnostic]

  /// Wraps diagnostics, sorting them into file order.
  public init(diagnostics: [CorpusDiagnostic]) {
    self.diagnostics = diagnostics.sortedByPosition()
  }

  /// The diagnostics that are errors (a failure always has at least one).
  public var errors: [CorpusDiagnostic] { diagnostics.filter { $0.severity == .error } }

  /// Each diagnostic, then a closing sentence such as "corpus.yaml: 2 errors; the corpus was not
  /// loaded."
  public var description: String {
    let count = errors.count
    let file = diagnostics.first?.file ?? "the corpus"
    let summary = "\(file): \(count) \(count == 1 ? "error" : "errors"); the corpus was not loaded."
    return (diagnostics.map(\.description) + [summary]).joined(separator: "\n")
  }
}
