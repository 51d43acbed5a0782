import PlenumCorpus

extension ExpectedAnswer {
  private enum CodingKeys: String, CodingKey {
    case type, id, accepted, date, value, approximate, unit, order, truth
  }

  /// Decks store the expected answer as a flat object with a `type` field.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let type = try container.decode(String.self, forKey: .type)
    switch type {
    case "name": self = .name(id: try container.decode(String.self, forKey: .id))
    case "text": self = .text(accepted: try container.decode([String].self, forKey: .accepted))
    case "date": self = .date(try container.decode(HistoricalDate.self, forKey: .date))
    case "number":
      self = .number(
        value: try container.decode(Double.self, forKey: .value),
        approximate: try container.decode(Bool.self, forKey: .approximate),
        unit: try container.decodeIfPresent(String.self, forKey: .unit))
    case "choice": self = .choice
    case "order": self = .order(try container.decode([String].self, forKey: .order))
    case "truth": self = .truth(try container.decode(Bool.self, forKey: .truth))
    default:
      throw DecodingError.dataCorruptedError(
        forKey: .type, in: container,
        debugDescription:
          "unknown answer type '\(type)' (name, text, date, number, choice, order, truth)")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .name(let id):
      try container.encode("name", forKey: .type)
      try container.encode(id, forKey: .id)
    case .text(let accepted):
      try container.encode("text", forKey: .type)
      try container.encode(accepted, forKey: .accepted)
    case .date(let date):
      try container.encode("date", forKey: .type)
      try container.encode(date, forKey: .date)
    case .number(let value, let approximate, let unit):
      try container.encode("number", forKey: .type)
      try container.encode(value, forKey: .value)
      try container.encode(approximate, forKey: .approximate)
      try container.encodeIfPresent(unit, forKey: .unit)
    case .choice:
      try container.encode("choice", forKey: .type)
    case .order(let items):
      try container.encode("order", forKey: .type)
      try container.encode(items, forKey: .order)
    case .truth(let value):
      try container.encode("truth", forKey: .type)
      try container.encode(value, forKey: .truth)
    }
  }
}
