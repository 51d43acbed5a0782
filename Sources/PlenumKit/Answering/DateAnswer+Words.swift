import PlenumCorpus

extension DateAnswer {
  /// The fields a worded date names, each optional until checked.
  struct Fields {
    var year: Int?
    var season: HistoricalDate.Season?
    var month: Int?
    var day: Int?
  }

  /// Reads "30 August 1956", "Aug. 30, 1956", "summer 1956"; `allowBare` lets a range's first
  /// part be only a day ("30" in "30–31 August 1956").
  static func words(_ text: String, allowBare: Bool = false) throws(Problem) -> Fields {
    var fields = Fields()
    let tokens = text.split { $0 == " " || $0 == "," || $0 == "." || $0 == "\t" }
    guard !tokens.isEmpty, tokens.count <= 8 else { throw .notADate }
    for raw in tokens {
      let token = String(raw)
      if fillers.contains(token) { continue }
      if let number = Int(stripOrdinal(token)), token.first?.isNumber == true {
        if token.count == 4, fields.year == nil, stripOrdinal(token) == token {
          fields.year = number
        } else if (1...31).contains(number), fields.day == nil, token.count <= 4 {
          fields.day = number
        } else {
          throw .notADate
        }
      } else if let month = month(token), fields.month == nil {
        fields.month = month
      } else if let season = season(token), fields.season == nil {
        fields.season = season
      } else {
        throw .notADate
      }
    }
    if fields.season != nil, fields.month != nil || fields.day != nil { throw .notADate }
    if !allowBare, fields.month == nil, fields.season == nil, fields.day != nil { throw .notADate }
    return fields
  }

  /// The point the fields name, or a problem when the year is missing or the day impossible.
  static func point(_ fields: Fields) throws(Problem) -> HistoricalDate.Point? {
    guard fields.year != nil || fields.month != nil || fields.season != nil else { throw .notADate }
    guard let year = fields.year else { throw .missingYear }
    if fields.day != nil, fields.month == nil { throw .notADate }
    if let season = fields.season { return HistoricalDate.Point(year: year, season: season) }
    guard let point = validPoint(year: year, month: fields.month, day: fields.day) else {
      throw .notADate
    }
    return point
  }

  static func stripOrdinal(_ token: String) -> String {
    for suffix in ["st", "nd", "rd", "th"] where token.hasSuffix(suffix) && token.count > 2 {
      return String(token.dropLast(2))
    }
    return token
  }

  /// A month by full name or a prefix of at least three letters ("aug", "sept").
  static func month(_ token: String) -> Int? {
    guard token.count >= 3 else { return nil }
    for (index, name) in HistoricalDate.monthNames.enumerated()
    where name.lowercased().hasPrefix(token) {
      return index + 1
    }
    return nil
  }

  static func season(_ token: String) -> HistoricalDate.Season? {
    token == "fall" ? .autumn : HistoricalDate.Season(rawValue: token)
  }

  /// Words that add nothing to the date ("the 30th of August", "late August").
  static let fillers: Set<String> = ["of", "the", "in", "on", "early", "mid", "late"]
}
