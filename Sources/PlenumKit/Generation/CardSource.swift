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
  /// The author or institution.
  public var origin: String?
  /// When the document was written, as a learner reads it.
  public var date: String?

  public init(
    source: String, locator: String, title: String, kind: String, origin: String? = nil,
    date: String? = nil
  ) {
    self.source = source
    self.locator = locator
    self.title = title
    self.kind = kind
    self.origin = origin
    self.date = date
  }

  /// Everything known about the source, for `:source`: "Document No. 16 (file 002) — …;
  /// archival, by the Soviet embassy in Pyongyang, 20 July 1956".
  public var fullCitation: String {
    var details = [kind.isEmpty ? nil : kind, origin.map { "by " + $0 }, date].compactMap { $0 }
    if details.isEmpty { details = ["no further details"] }
    return label + "; " + details.joined(separator: ", ")
  }

  /// One line for the learner: "Document No. 16 (file 002) — Memorandum of …".
  public var label: String { "\(locator) — \(title)" }
}
