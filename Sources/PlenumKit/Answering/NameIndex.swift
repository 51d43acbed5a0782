import PlenumCorpus

/// Every nameable thing of a deck with the romanization keys of all its spellings.
///
/// Built from a plain table of `NameEntry` values so a deck file can carry it; the corpus
/// initializer collects actors (with Hangul), factions and places.
public struct NameIndex: Sendable {
  /// One spelling of one entry, pre-folded for comparison.
  struct Variant: Sendable {
    var entry: Int
    var plain: String
    var key: String
    var scalars: [Unicode.Scalar]
    /// Keys of the name's proper parts (surname alone, given name alone).
    var partKeys: [String]
  }

  /// The indexed entries, first occurrence of each id, in table order.
  public let entries: [NameEntry]
  var variants: [Variant] = []
  var entryByID: [String: Int] = [:]
  var entriesByPlain: [String: [Int]] = [:]
  var entriesByKey: [String: [Int]] = [:]
  /// Entries by the keys of their names' parts ("Choe" → both Choe entries).
  var entriesByPartKey: [String: [Int]] = [:]
  /// Indices into `variants` of each entry's spellings.
  var variantsOfEntry: [[Int]] = []

  /// Indexes `entries`; a later entry with an id already seen is ignored.
  public init(_ entries: [NameEntry]) {
    var unique: [NameEntry] = []
    for entry in entries where entryByID[entry.id] == nil {
      entryByID[entry.id] = unique.count
      unique.append(entry)
    }
    self.entries = unique
    variantsOfEntry = Array(repeating: [], count: unique.count)
    for (index, entry) in unique.enumerated() {
      for name in entry.names {
        // The default deck's names were folded when its code was generated.
        let folded =
          DefaultDeck.foldedNames?[name] ?? DefaultDeck.FoldedName(folding: name)
        let parts = folded.parts
        let key = RomanizationKey.joined(parts)
        let plain = folded.plain
        guard !key.isEmpty else { continue }
        let partKeys = Self.partKeys(parts)
        variantsOfEntry[index].append(variants.count)
        variants.append(
          Variant(
            entry: index, plain: plain, key: key, scalars: Array(key.unicodeScalars),
            partKeys: partKeys))
        for part in partKeys { Self.add(index, to: &entriesByPartKey[part, default: []]) }
        Self.add(index, to: &entriesByPlain[plain, default: []])
        Self.add(index, to: &entriesByKey[key, default: []])
      }
    }
  }

  /// The entry with this id, if indexed.
  public func entry(id: String) -> NameEntry? { entryByID[id].map { entries[$0] } }

  /// Ids of the entries one of whose spellings has the same romanization key as `name`.
  public func ids(matching name: String) -> [String] {
    (entriesByKey[RomanizationKey.make(name)] ?? []).map { entries[$0].id }
  }

  /// Ids of entries whose spellings share a key with another entry's: a deck author should
  /// add a distinguishing spelling, since such answers can only be graded close.
  public var collidingIDs: [[String]] {
    entriesByKey.values.filter { $0.count > 1 }.map { $0.map { entries[$0].id } }
      .sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// The keys of every run of words shorter than the whole name that starts at the first word
  /// or ends at the last: "Choe", "Changik" for "Choe Chang-ik".
  static func partKeys(_ parts: [String]) -> [String] {
    guard parts.count > 1 else { return [] }
    var keys: [String] = []
    for cut in 1..<parts.count {
      keys.append(RomanizationKey.joined(parts[..<cut]))
      keys.append(RomanizationKey.joined(parts[cut...]))
    }
    return keys
  }

  private static func add(_ index: Int, to list: inout [Int]) {
    if !list.contains(index) { list.append(index) }
  }
}

extension NameIndex {
  /// Indexes the corpus's actors (name, aliases, Hangul), factions and places.
  public init(corpus: Corpus) {
    var entries: [NameEntry] = []
    for actor in corpus.actors {
      let names = [actor.name] + actor.aliases + (actor.hangul.map { [$0] } ?? [])
      entries.append(NameEntry(id: actor.id, kind: .actor, names: names))
    }
    for faction in corpus.factions {
      entries.append(
        NameEntry(id: faction.id, kind: .faction, names: [faction.name] + faction.aliases))
    }
    for place in corpus.places {
      entries.append(NameEntry(id: place.id, kind: .place, names: [place.name] + place.aliases))
    }
    self.init(entries)
  }
}
