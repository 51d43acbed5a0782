import Foundation
import PlenumCorpus

/// The Hangul spelling of each actor the corpus gives one for, keyed by actor id.
///
/// A deck's name table (`Deck.names`) carries romanized spellings only; a learner who types
/// "최창익" must still be right, and the answer is shown with its Hangul ("Choe Chang-ik
/// (최창익)"). Hangul is compared in NFC, so a name typed as decomposed jamo matches too.
public struct HangulNames: Sendable {
  /// Actor id → Hangul name (NFC).
  public let byActorID: [String: String]

  /// The Hangul names of `corpus`'s actors.
  public init(corpus: Corpus) {
    var table: [String: String] = [:]
    for actor in corpus.actors {
      if let hangul = actor.hangul, !hangul.isEmpty {
        table[actor.id] = hangul.precomposedStringWithCanonicalMapping
      }
    }
    byActorID = table
  }

  /// No Hangul names (a deck from another corpus).
  public init() { byActorID = [:] }

  /// A table made earlier (`DefaultDeck`): actor id → Hangul name in NFC.
  public init(byActorID: [String: String]) { self.byActorID = byActorID }

  /// `entries` with each actor's Hangul name added as an accepted spelling.
  public func adding(to entries: [NameEntry]) -> [NameEntry] {
    entries.map { entry in
      guard entry.kind == .actor, let hangul = byActorID[entry.id], !entry.names.contains(hangul)
      else { return entry }
      var augmented = entry
      augmented.names.append(hangul)
      return augmented
    }
  }

  /// The answer to show for `card`: its answer, with the Hangul name after it when the card
  /// asks for an actor the corpus spells in Hangul.
  public func shownAnswer(for card: Card) -> String {
    guard case .name(let id) = card.expected, let hangul = byActorID[id],
      !card.answer.contains(hangul)
    else { return card.answer }
    return "\(card.answer) (\(hangul))"
  }

  /// True when `text` holds a Hangul syllable or jamo.
  public static func containsHangul(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      (0xAC00...0xD7A3).contains($0.value) || (0x1100...0x11FF).contains($0.value)
        || (0x3130...0x318F).contains($0.value)
    }
  }
}
