/// A reference from a fact to a source, optionally narrowed by a finer locator ("p. 3").
public struct Citation: Hashable, Sendable, Codable {
  /// The id of a `Source` in the same corpus.
  public var source: String
  /// A locator finer than the source's own, if the corpus gives one.
  public var at: String?

  public init(source: String, at: String? = nil) {
    self.source = source
    self.at = at
  }
}
