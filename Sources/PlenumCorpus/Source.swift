/// A document the corpus cites: an archival record, a historian's account, a popular text.
public struct Source: Hashable, Sendable, Codable, Identifiable {
  /// What kind of document a source is; shown with citations so learners can weigh them.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    case archival, historian, popular, essay
  }

  public var id: String
  /// The corpus's own short description of the document.
  public var title: String
  public var kind: Kind
  /// The author or institution, as free text.
  public var origin: String
  /// The actor who wrote it, when the author is in the corpus.
  public var author: String?
  /// The actors it was addressed to.
  public var recipients: [String]
  public var date: HistoricalDate?
  /// The document file the locator points into (e.g. "002").
  public var file: String?
  /// Where in that file ("Document No. 16").
  public var locator: String
  public var summary: String?
  /// The document questions this source is asked in (who wrote it, to whom, when).
  public var ask = AskList.all
  /// How a question attributes a reading to this source ("Ivanov's diary of 1 September
  /// 1956"); without it, an archival document's number or the source's origin.
  public var holder: String?

  public init(
    id: String, title: String, kind: Kind, origin: String, author: String? = nil,
    recipients: [String] = [], date: HistoricalDate? = nil, file: String? = nil,
    locator: String, summary: String? = nil
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.origin = origin
    self.author = author
    self.recipients = recipients
    self.date = date
    self.file = file
    self.locator = locator
    self.summary = summary
  }
}
