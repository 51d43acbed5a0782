import PlenumCorpus
import PlenumKit

/// The corpus's Hangul names for the deck being studied or graded: at hand for the default
/// deck (precomputed, or from the corpus just loaded), loaded from the embedded corpus on
/// first use for a deck file made from it (so a deck file starts as fast as before), none for
/// a deck of another corpus.
final class HangulLookup {
  private let deckCorpusID: String
  private var loaded: HangulNames?

  init(deck: Deck, corpus: Corpus?) {
    deckCorpusID = deck.corpus
    loaded = corpus.map(HangulNames.init(corpus:))
  }

  /// Names already at hand (the precomputed default deck's).
  init(deck: Deck, names: HangulNames) {
    deckCorpusID = deck.corpus
    loaded = names
  }

  /// The Hangul names (empty when the deck's corpus is not the embedded one).
  var names: HangulNames {
    if let loaded { return loaded }
    var names = HangulNames()
    if let corpus = try? CorpusLoader.load(
      yaml: EmbeddedCorpus.yaml, fileName: EmbeddedCorpus.fileName
    ).corpus, corpus.id == deckCorpusID {
      names = HangulNames(corpus: corpus)
    }
    loaded = names
    return names
  }
}
