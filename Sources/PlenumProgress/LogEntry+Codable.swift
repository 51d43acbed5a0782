import PlenumScheduling

// Codable with the same field names and shapes as the log lines, for callers that embed
// records in other JSON (exports, tests). The log itself uses the hand-written reader and
// writer, which are about 20 times faster.

extension ReviewID: Codable {
  /// Decodes an id from its text.
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  /// Encodes the id as its text.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

private enum LogCodingKeys: String, CodingKey {
  case v, id, card, deck, at, rating, form, answer, verdict, ms, undo
}

private func decodeTime(
  _ container: KeyedDecodingContainer<LogCodingKeys>
) throws -> Int64 {
  let text = try container.decode(String.self, forKey: .at)
  guard let at = LogTimestamp.parse(text) else {
    throw DecodingError.dataCorruptedError(
      forKey: .at, in: container, debugDescription: "'\(text)' is not an ISO-8601 UTC time")
  }
  return at
}

extension ReviewRecord: Codable {
  /// Decodes a review from the log's field names.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: LogCodingKeys.self)
    let ratingValue = try c.decode(Int.self, forKey: .rating)
    guard let rating = Rating(rawValue: ratingValue) else {
      throw DecodingError.dataCorruptedError(
        forKey: .rating, in: c, debugDescription: "rating must be 1–4, not \(ratingValue)")
    }
    self.init(
      id: try c.decode(ReviewID.self, forKey: .id), card: try c.decode(String.self, forKey: .card),
      deck: try c.decode(String.self, forKey: .deck), at: try decodeTime(c), rating: rating,
      form: try c.decode(ReviewForm.self, forKey: .form),
      answer: try c.decode(String.self, forKey: .answer),
      verdict: try c.decode(Verdict.self, forKey: .verdict), ms: try c.decode(Int.self, forKey: .ms)
    )
  }

  /// Encodes the review with the log's field names.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: LogCodingKeys.self)
    try c.encode(LogEntry.formatVersion, forKey: .v)
    try c.encode(id, forKey: .id)
    try c.encode(card, forKey: .card)
    try c.encode(deck, forKey: .deck)
    try c.encode(LogTimestamp.format(at), forKey: .at)
    try c.encode(rating.rawValue, forKey: .rating)
    try c.encode(form, forKey: .form)
    try c.encode(answer, forKey: .answer)
    try c.encode(verdict, forKey: .verdict)
    try c.encode(ms, forKey: .ms)
  }
}

extension UndoRecord: Codable {
  /// Decodes an undo record from the log's field names.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: LogCodingKeys.self)
    self.init(
      id: try c.decode(ReviewID.self, forKey: .id),
      undo: try c.decode(ReviewID.self, forKey: .undo),
      at: try decodeTime(c))
  }

  /// Encodes the undo record with the log's field names.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: LogCodingKeys.self)
    try c.encode(LogEntry.formatVersion, forKey: .v)
    try c.encode(id, forKey: .id)
    try c.encode(undo, forKey: .undo)
    try c.encode(LogTimestamp.format(at), forKey: .at)
  }
}

extension LogEntry: Codable {
  /// Decodes an undo if the object has an "undo" field, else a review.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: LogCodingKeys.self)
    self =
      c.contains(.undo)
      ? .undo(try UndoRecord(from: decoder)) : .review(try ReviewRecord(from: decoder))
  }

  /// Encodes the record it holds.
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .review(let review): try review.encode(to: encoder)
    case .undo(let undo): try undo.encode(to: encoder)
    }
  }
}
