import Foundation
import PlenumCorpus
import PlenumKit

/// The embedded corpus and its default deck, loaded once for the generation tests.
enum EmbeddedDeck {
  static let corpus: Corpus = {
    do {
      return try CorpusLoader.load(yaml: EmbeddedCorpus.yaml, fileName: EmbeddedCorpus.fileName)
        .corpus
    } catch {
      fatalError("the embedded corpus does not load: \(error)")
    }
  }()

  static let deck = DeckGenerator(corpus: corpus).generate()

  /// The package root, from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
}
