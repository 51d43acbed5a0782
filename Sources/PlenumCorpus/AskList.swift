/// Which questions a corpus entry is asked in (`ask:` in the corpus).
///
/// A teacher's corpus may leave `ask` out, and every question the entry's kind allows is made;
/// the embedded corpus names them, so the deck spends its cards on what matters.
public struct AskList: Hashable, Sendable, Codable {
  /// The directions named, or nil for every direction.
  public var directions: Set<String>?

  public init(_ directions: Set<String>? = nil) { self.directions = directions }

  /// Every direction the entry's kind allows.
  public static let all = AskList()

  public func includes(_ direction: String) -> Bool { directions?.contains(direction) ?? true }

  /// The directions each kind of entry may name, in the order the schema lists them.
  public static let vocabulary: [String: [String]] = [
    "event": [
      "date", "date-event", "place", "participants", "outcomes", "causes", "cloze", "true-false",
      "order",
    ],
    "actor": ["role", "faction", "fate"],
    "source": ["author", "recipient", "date"],
    "quantity": ["value"],
  ]
}
