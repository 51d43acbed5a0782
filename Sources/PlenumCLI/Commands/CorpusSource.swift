import Foundation
import PlenumCorpus
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
            "The corpus '\(path)' does not exist.", .noInput)
        }
        try refuseSpecialFile(path, what: "corpus")
        result = try CorpusLoader.load(contentsOf: path)
      } else {
        result = try CorpusLoader.load(yaml: EmbeddedCorpus.yaml, fileName: EmbeddedCorpus.fileName)
      }
    } catch let failure as CorpusLoadFailure {
      let count = failure.diagnostics.count
      let lines = failure.diagnostics.map(\.description).joined(separator: "\n")
      throw PlenumError(
        "\(lines: lines)"
          + "\nThe corpus has \(count) error\(count == 1 ? "" : "s"); nothing was generated.",
        .badData)
    } catch let error as PlenumError {
      throw error
    } catch {
      throw PlenumError("\(String(describing: error))", .badData)
    }
    for warning in result.warnings {
      Console.note("\(lines: warning.description)")
    }
    return result.corpus
  }

  /// The deck to study or grade with its Hangul names (see `HangulLookup`).
  static func deckWithHangul(_ path: String?) throws(PlenumError) -> (Deck, HangulLookup) {
    guard path == nil else {
      let deck = try deck(path)
      return (deck, HangulLookup(deck: deck, corpus: nil))
    }
    if let current = DefaultDeck.current {
      return (current.deck, HangulLookup(deck: current.deck, names: current.hangul))
    }
    let corpus = try load(nil)
    let deck = DeckGenerator(corpus: corpus).generate()
    return (deck, HangulLookup(deck: deck, corpus: corpus))
  }

  /// The deck to study: a deck file, or the default deck built from the embedded corpus
  /// (precomputed, unless the corpus changed since: see `DefaultDeck`).
  static func deck(_ path: String?) throws(PlenumError) -> Deck {
    guard let path else {
      if let current = DefaultDeck.current { return current.deck }
      return DeckGenerator(corpus: try load(nil)).generate()
    }
    try refuseSpecialFile(path, what: "deck")
    do {
      return try DeckFile.read(path: path)
    } catch {
      throw PlenumError(error)
    }
  }

  /// A FIFO, device or socket given as a deck or corpus would block the read for ever (or
  /// read without end): refused before it is opened. Missing files and folders are left to
  /// the readers, which say so in their own words.
  static func refuseSpecialFile(_ path: String, what: String) throws(PlenumError) {
    var info = stat()
    guard stat(path, &info) == 0 else { return }
    switch info.st_mode & S_IFMT {
    case S_IFREG, S_IFDIR: return
    default:
      throw PlenumError(
        "The \(what) '\(path)' cannot be read: it is not a regular file "
          + "(a FIFO, device or socket). Give the path of a .\(what == "deck" ? "json" : "yaml") file.",
        .noInput)
    }
  }
}
