import Yams

/// Reads a corpus file: checks the text, the YAML structure and the facts, and either returns
/// the corpus with its warnings or fails with every error found in one run.
public enum CorpusLoader {
  /// Largest corpus accepted, in bytes (8 MiB); the August 1956 corpus is well under 1 MiB.
  public static let maxFileSize = 8 * 1024 * 1024

  /// Parses and validates YAML text; `fileName` is what diagnostics print before `:line:column`.
  public static func load(yaml: String, fileName: String) throws(CorpusLoadFailure) -> (
    corpus: Corpus, warnings: [CorpusDiagnostic]
  ) {
    let loaded = try loadWithMarks(yaml: yaml, fileName: fileName)
    return (loaded.corpus, loaded.warnings)
  }

  /// Loads the corpus compiled into the binary (`EmbeddedCorpus`).
  public static func loadEmbedded() throws(CorpusLoadFailure) -> (
    corpus: Corpus, warnings: [CorpusDiagnostic]
  ) {
    try load(yaml: EmbeddedCorpus.yaml, fileName: EmbeddedCorpus.fileName)
  }

  /// Like `load(yaml:fileName:)`, also returning where each entry was written.
  public static func loadWithMarks(yaml: String, fileName: String) throws(CorpusLoadFailure) -> (
    corpus: Corpus, marks: CorpusMarks, warnings: [CorpusDiagnostic]
  ) {
    func failure(_ message: String, line: Int = 1, column: Int = 1) -> CorpusLoadFailure {
      CorpusLoadFailure(diagnostics: [
        CorpusDiagnostic(file: fileName, line: line, column: column, message: message)
      ])
    }
    let size = yaml.utf8.count
    if size > maxFileSize { throw failure(tooBig(size)) }
    if yaml.allSatisfy(\.isWhitespace) { throw failure(emptyMessage) }

    let scan = YAMLSafetyScan.scan(yaml)
    if !scan.problems.isEmpty {
      let found = scan.problems.map {
        CorpusDiagnostic(file: fileName, line: $0.line, column: $0.column, message: $0.message)
      }
      throw CorpusLoadFailure(diagnostics: withSourceLines(found, from: yaml))
    }
    if scan.isEmpty { throw failure(emptyMessage) }

    let root: Node
    do {
      let parser = try Parser(
        yaml: yaml, resolver: .default, constructor: .default, encoding: .utf8)
      guard let node = try parser.singleRoot(), !CorpusDecoder.isNull(node) else {
        throw failure(emptyMessage)
      }
      root = node
    } catch let failure as CorpusLoadFailure {
      throw failure
    } catch {
      let (line, column, message) = describe(error)
      throw CorpusLoadFailure(
        diagnostics: withSourceLines(
          [CorpusDiagnostic(file: fileName, line: line, column: column, message: message)],
          from: yaml))
    }

    var decoder = CorpusDecoder(fileName: fileName)
    let corpus = decoder.decodeCorpus(root)
    let found = decoder.diagnostics + CorpusValidator.validate(corpus, marks: decoder.marks)
    let all = withSourceLines(found, from: yaml).sortedByPosition()
    if all.contains(where: { $0.severity == .error }) { throw CorpusLoadFailure(diagnostics: all) }
    return (corpus, decoder.marks, all)
  }

  static let emptyMessage =
    "the corpus is empty; start from the output of `plenum corpus export` or `plenum corpus schema`"

  static func tooBig(_ size: Int) -> String {
    let mib = (Double(size) / 1_048_576 * 10).rounded(.up) / 10
    return
      "the corpus is \(mib) MiB; Plenum reads corpora of at most 8 MiB, so remove text it does not need"
  }

  /// A position and message for an error Yams raised after the safety scan passed.
  private static func describe(_ error: any Error) -> (Int, Int, String) {
    switch error {
    case YamlError.scanner(_, let problem, let mark, _),
      YamlError.parser(_, let problem, let mark, _),
      YamlError.composer(_, let problem, let mark, _):
      return (mark.line, mark.column, "invalid YAML: \(problem)")
    case YamlError.duplicatedKeysInMapping(let keys, let context):
      return (
        context.mark.line, context.mark.column,
        "a key appears twice in one map (\(keys.map(CorpusTextRules.quoted).joined(separator: ", "))); keep one"
      )
    default:
      return (1, 1, "the corpus cannot be read as YAML: \(error)")
    }
  }

  /// Attaches to each diagnostic the text of its line, for the caret display.
  static func withSourceLines(_ diagnostics: [CorpusDiagnostic], from text: String)
    -> [CorpusDiagnostic]
  {
    guard !diagnostics.isEmpty else { return [] }
    let wanted = Set(diagnostics.map(\.line))
    var lines: [Int: String] = [:]
    var number = 1
    for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      if wanted.contains(number) {
        var shown = String(decoding: line, as: UTF8.self)
        if shown.hasSuffix("\r") { shown.removeLast() }
        lines[number] = shown
      }
      number += 1
      if number > (wanted.max() ?? 0) { break }
    }
    return diagnostics.map { diagnostic in
      var diagnostic = diagnostic
      diagnostic.sourceLine = lines[diagnostic.line]
      return diagnostic
    }
  }
}
