import Foundation
import PlenumKit

/// Loads the embedded corpus or a teacher's file, turning diagnostics into one clear failure.
enum CorpusSource {
  /// The corpus at `path`, or the embedded default when `path` is nil. Warnings go to stderr.
  static func load(_ path: String?) throws(PlenumError) -> Corpus {
    let result: (corpus: Corpus, warnings: [CorpusDiagnostic])
    do {
      if let path {
        guard FileManager.default.fileExists(atPath: path) else {
          throw PlenumError(
            "The corpus '\(TerminalText.safe(path))' does not exist.", code: ExitStatus.noInput)
        }
        result = try CorpusLoader.load(contentsOf: path)
      } else {
        result = try CorpusLoader.load(yaml: EmbeddedCorpus.yaml, fileName: EmbeddedCorpus.fileName)
      }
    } catch let failure as CorpusLoadFailure {
      let count = failure.diagnostics.count
      let lines = failure.diagnostics.map { TerminalText.safe($0.description, keepNewlines: true) }
      throw PlenumError(
        lines.joined(separator: "\n")
          + "\nThe corpus has \(count) error\(count == 1 ? "" : "s"); nothing was generated.",
        code: ExitStatus.badData)
    } catch let error as PlenumError {
      throw error
    } catch {
      throw PlenumError("\(error)", code: ExitStatus.badData)
    }
    for warning in result.warnings {
      FileHandle.standardError.write(
        Data((TerminalText.safe(warning.description, keepNewlines: true) + "\n").utf8))
    }
    return result.corpus
  }

  /// The deck to study: a deck file, or the default deck built from the embedded corpus.
  static func deck(_ path: String?) throws(PlenumError) -> Deck {
    guard let path else { return DeckGenerator(corpus: try load(nil)).generate() }
    do {
      return try DeckFile.read(path: path)
    } catch {
      let code: Int32 =
        switch error {
        case .missing, .unreadable: ExitStatus.noInput
        case .malformed, .unsupportedFormat: ExitStatus.badData
        }
      throw PlenumError(TerminalText.safe(error.description), code: code)
    }
  }
}
