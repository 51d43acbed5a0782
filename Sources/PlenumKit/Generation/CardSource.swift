/// A citation resolved for display: which document, where in it, and what kind it is.
public struct CardSource: Hashable, Sendable, Codable {
  /// The source id in the corpus.
  public var source: String
  /// "Document No. 16, file 002" or the source's locator plus the finer `at`.
  public var locator: String
  /// The source's title.
  public var title: String
  /// "archival", "historian", "popular", "essay".
  public var kind: String

  public init(source: String, locator: String, title: String, kind: String) {
    self.source = source
    self.locator = locator
    self.title = title
    self.kind = kind
  }

  /// One line for the learner: "Document No. 16 (file 002) — Memorandum of …".
  public var label: String { "\(locator) — \(title)" }
}
