/// A date as precise as the sources allow: a year, a season, a month, a day, or a range.
///
/// The corpus writes dates as `1956`, `1956-summer`, `1956-08`, `1956-08-30`, or a range
/// `1956-08-30..1956-08-31` whose two ends have the same precision. A question never asks
/// for a finer precision than the date has.
public struct HistoricalDate: Hashable, Sendable, Codable, CustomStringConvertible {
  // Codable conformance: HistoricalDate+Codable.swift (the corpus spelling, not a struct).

  /// How finely a date is known.
  public enum Precision: Int, Comparable, Sendable, Codable, CaseIterable {
    case year = 0
    case season, month, day

    public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
  }

  /// The four seasons a source may name ("in summer 1956").
  public enum Season: String, Sendable, Codable, CaseIterable {
    case spring, summer, autumn, winter

    /// The months a season spans, for ordering and overlap (northern hemisphere).
    var months: ClosedRange<Int> {
      switch self {
      case .spring: 3...5
      case .summer: 6...8
      case .autumn: 9...11
      case .winter: 12...14  // December to February of the next year
      }
    }
  }

  /// One end of a date: a point at some precision.
  public struct Point: Hashable, Sendable, Codable {
    public var year: Int
    public var season: Season?
    public var month: Int?
    public var day: Int?

    public init(year: Int, season: Season? = nil, month: Int? = nil, day: Int? = nil) {
      self.year = year
      self.season = season
      self.month = month
      self.day = day
    }

    public var precision: Precision {
      if day != nil { return .day }
      if month != nil { return .month }
      if season != nil { return .season }
      return .year
    }

    /// The first day this point covers, as (year, month, day).
    public var earliest: (Int, Int, Int) {
      if let season { return (year, season.months.lowerBound, 1) }
      return (year, month ?? 1, day ?? 1)
    }

    /// The last day this point covers, as (year, month, day).
    public var latest: (Int, Int, Int) {
      if let season {
        let last = season.months.upperBound
        return last > 12 ? (year + 1, last - 12, 28) : (year, last, 31)
      }
      guard let month else { return (year, 12, 31) }
      return (year, month, day ?? HistoricalDate.daysIn(month: month, year: year))
    }

    /// An ordinal of the first day (comparable across points).
    public var earliestOrdinal: Int { HistoricalDate.ordinal(earliest) }
    /// An ordinal of the last day.
    public var latestOrdinal: Int { HistoricalDate.ordinal(latest) }

    /// The corpus spelling: `1956`, `1956-summer`, `1956-08`, `1956-08-30`.
    public var corpusText: String {
      // Four digits, as `parse` requires: the corpus may say `0998`, and a deck that wrote
      // "998" could not be read back (found by Fuzz/CorpusLoader).
      let digits = String(year)
      var text = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
      if let season { text += "-" + season.rawValue }
      if let month { text += "-" + HistoricalDate.twoDigits(month) }
      if let day { text += "-" + HistoricalDate.twoDigits(day) }
      return text
    }
  }

  public var start: Point
  /// The end of a range; nil for a single point.
  public var end: Point?

  public init(_ start: Point, to end: Point? = nil) {
    self.start = start
    self.end = end
  }

  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.init(Point(year: year, month: month, day: day))
  }

  public var precision: Precision { start.precision }
  public var isRange: Bool { end != nil }

  /// Ordinal of the first day covered; used to order events.
  public var earliestOrdinal: Int { start.earliestOrdinal }
  /// Ordinal of the last day covered.
  public var latestOrdinal: Int { (end ?? start).latestOrdinal }

  /// True when the two dates cannot be ordered (their spans overlap).
  public func overlaps(_ other: HistoricalDate) -> Bool {
    earliestOrdinal <= other.latestOrdinal && other.earliestOrdinal <= latestOrdinal
  }

  /// The corpus spelling, which `parse` reads back.
  public var corpusText: String {
    guard let end else { return start.corpusText }
    return start.corpusText + ".." + end.corpusText
  }

  public var description: String { corpusText }

  package static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  package static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1 March of year 0 (proleptic Gregorian), enough to compare and subtract.
  static func ordinal(_ ymd: (Int, Int, Int)) -> Int {
    var (y, m, d) = ymd
    if m <= 2 {
      y -= 1
      m += 12
    }
    return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d
  }
}
