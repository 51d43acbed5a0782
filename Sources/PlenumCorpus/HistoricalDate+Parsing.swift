extension HistoricalDate {
  /// Why a corpus date string is not a date.
  public enum ParseError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case impossible(String)
    case mixedPrecision(String)
    case reversedRange(String)

    public var description: String {
      switch self {
      case .malformed(let text):
        "'\(text)' is not a date; write 1956, 1956-summer, 1956-08, 1956-08-30 or a range A..B"
      case .impossible(let text): "'\(text)' is not a day of the calendar"
      case .mixedPrecision(let text):
        "the range '\(text)' mixes precisions; give both ends as a year, a season, a month or a day"
      case .reversedRange(let text): "the range '\(text)' ends before it starts"
      }
    }
  }

  /// Reads the corpus spelling of a date (`1956`, `1956-summer`, `1956-08`, `1956-08-30`,
  /// or `A..B` with both ends at one precision).
  public static func parse(_ text: String) throws(ParseError) -> HistoricalDate {
    let parts = text.split(separator: "..", omittingEmptySubsequences: false)
    guard parts.count == 1 || parts.count == 2 else { throw .malformed(text) }
    let start = try parsePoint(Substring(parts[0]), whole: text)
    guard parts.count == 2 else { return HistoricalDate(start) }
    let end = try parsePoint(Substring(parts[1]), whole: text)
    guard start.precision == end.precision else { throw .mixedPrecision(text) }
    guard start.earliestOrdinal < end.earliestOrdinal else { throw .reversedRange(text) }
    return HistoricalDate(start, to: end)
  }

  private static func parsePoint(_ text: Substring, whole: String) throws(ParseError) -> Point {
    let fields = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(fields.count), fields[0].count == 4, let year = Int(fields[0]),
      fields[0].allSatisfy(\.isASCII)
    else { throw .malformed(whole) }
    if fields.count == 1 { return Point(year: year) }
    if fields.count == 2, let season = Season(rawValue: String(fields[1])) {
      return Point(year: year, season: season)
    }
    guard fields[1].count == 2, fields[1].allSatisfy(\.isASCII), let month = Int(fields[1])
    else { throw .malformed(whole) }
    guard (1...12).contains(month) else { throw .impossible(whole) }
    if fields.count == 2 { return Point(year: year, month: month) }
    guard fields[2].count == 2, fields[2].allSatisfy(\.isASCII), let day = Int(fields[2])
    else { throw .malformed(whole) }
    guard (1...daysIn(month: month, year: year)).contains(day) else { throw .impossible(whole) }
    return Point(year: year, month: month, day: day)
  }
}
