/// What a name in the index names, so a note can say "another person" or "a faction".
public enum NameKind: String, Codable, Hashable, Sendable, CaseIterable {
  case actor, faction, place, other

  /// The noun a note uses for this kind ("person", "faction").
  var noun: String {
    switch self {
    case .actor: "person"
    case .faction: "faction"
    case .place: "place"
    case .other: "name"
    }
  }
}

/// One thing a learner may name, with every spelling the corpus accepts; the first is shown.
public struct NameEntry: Codable, Hashable, Sendable {
  /// The corpus id (an actor, faction or place id).
  public var id: String
  /// What the entry names.
  public var kind: NameKind
  /// Accepted spellings; `names[0]` is the display name.
  public var names: [String]

  public init(id: String, kind: NameKind, names: [String]) {
    self.id = id
    self.kind = kind
    self.names = names
  }

  /// The name shown to learners.
  public var displayName: String { names.first ?? id }
}
