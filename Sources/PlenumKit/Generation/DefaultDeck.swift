import PlenumCorpus

/// The deck `plenum` studies by default, built once when the code is generated instead of at
/// every start.
///
/// Parsing the embedded corpus, generating its deck and folding its names for the answer
/// checker took about 90 ms of CPU per start. `DefaultDeck+Generated.swift` holds the result
/// as Swift values: the cards, the Hangul names and each name's folded keys, stamped with
/// `sourceHash` of the corpus YAML and `DeckGenerator.version`. When the stamp does not match
/// the embedded corpus (the YAML was edited and the file not regenerated), `current` is nil
/// and callers generate as before. `DefaultDeckTests` checks the file against a fresh
/// generation, byte for byte, and rewrites it with `PLENUM_WRITE_DEFAULT_DECK=1`.
public enum DefaultDeck {
  /// The precomputed deck and Hangul names, or nil when they are stale.
  public static var current: (deck: Deck, hangul: HangulNames)? {
    guard isCurrent else { return nil }
    return (generatedDeck(), HangulNames(byActorID: generatedHangul))
  }

  /// True when the generated values were made from this binary's corpus and generator.
  public static let isCurrent = generatedSourceHash == sourceHash

  /// The stamp of this binary's corpus and generator.
  public static var sourceHash: UInt64 {
    EmbeddedCorpus.yamlBytes.withUnsafeBufferPointer {
      sourceHash(yaml: $0, generatorVersion: DeckGenerator.version)
    }
  }

  /// FNV-1a (64 bits) of corpus YAML followed by a generator version: cheap (a fraction of a
  /// millisecond) and enough to notice an edit, which is all it guards against.
  public static func sourceHash(yaml: some Sequence<UInt8>, generatorVersion: Int) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in yaml { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    for byte in "\n\(generatorVersion)".utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// Folded keys (`RomanizationKey.tokenKeys`, `TextFolding.plain`) of every name in the
  /// default deck's name table, so `NameIndex` need not fold them again; nil when stale.
  static let foldedNames: [String: FoldedName]? = {
    guard isCurrent else { return nil }
    var table: [String: FoldedName] = [:]
    table.reserveCapacity(generatedFoldedNames.count)
    for (name, parts, plain) in generatedFoldedNames {
      table[name] = FoldedName(parts: parts, plain: plain)
    }
    return table
  }()

  /// A name as `NameIndex` compares it.
  struct FoldedName: Equatable {
    /// The romanization key of each word.
    var parts: [String]
    /// The name folded for plain comparison (`TextFolding.plain(name, isName: true)`).
    var plain: String

    /// Folds `name` (the slow path the table spares).
    init(folding name: String) {
      parts = RomanizationKey.tokenKeys(name)
      plain = TextFolding.plain(name, isName: true)
    }

    init(parts: [String], plain: String) {
      self.parts = parts
      self.plain = plain
    }
  }
}
