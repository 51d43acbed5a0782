extension HistoricalDate {
  /// Dates travel in decks and logs in their corpus spelling ("1956-08-30..1956-08-31").
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      self = try HistoricalDate.parse(text)
    } catch {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: error.description)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(corpusText)
  }
}
