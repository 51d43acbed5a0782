import PlenumCorpus

/// Dates near a true date, at the same precision, for multiple-choice options.
enum DateDistractors {
  /// Up to `count` dates that differ from `date` and do not overlap any of `avoid`; with
  /// `withinMonth`, only days of the month `date` starts in (for a question that names it).
  static func near(
    _ date: HistoricalDate, avoiding avoid: [HistoricalDate], count: Int, withinMonth: Bool = false,
    rng: inout SeededGenerator
  ) -> [HistoricalDate] {
    var result: [HistoricalDate] = []
    let taboo = avoid + [date]
    // A range moves by whole multiples of its own length, so options never overlap it.
    let step = date.end.map { units(from: date.start, to: $0) + 1 } ?? 1
    for offset in offsets(for: date.precision, rng: &rng) {
      guard let candidate = shifted(date, by: offset * step) else { continue }
      if taboo.contains(where: { $0.overlaps(candidate) }) { continue }
      if withinMonth, !sameMonth(candidate, as: date) { continue }
      if result.contains(candidate) { continue }
      result.append(candidate)
      if result.count == count { break }
    }
    return result
  }

  private static func offsets(
    for precision: HistoricalDate.Precision, rng: inout SeededGenerator
  ) -> [Int] {
    let spread: [Int] =
      switch precision {
      case .year: [1, 2, 3, 4, 5]
      case .season: [1, 2, 3, 4, 5, 6]
      case .month: [1, 2, 3, 4, 5, 6, 7]
      case .day: [1, 2, 3, 5, 7, 9, 12, 16, 20, 25, 31, 45]
      }
    return (spread + spread.map { -$0 }).shuffled(using: &rng)
  }

  /// True when `candidate` starts and ends in the month and year `date` starts in.
  private static func sameMonth(_ candidate: HistoricalDate, as date: HistoricalDate) -> Bool {
    let month = (date.start.year, date.start.month)
    return [candidate.start, candidate.end ?? candidate.start].allSatisfy {
      ($0.year, $0.month) == month
    }
  }

  /// How many units of their precision lie between two points of the same precision.
  static func units(from start: HistoricalDate.Point, to end: HistoricalDate.Point) -> Int {
    switch start.precision {
    case .year: end.year - start.year
    case .season:
      (end.year - start.year) * 4
        + (HistoricalDate.Season.allCases.firstIndex(of: end.season!)!
          - HistoricalDate.Season.allCases.firstIndex(of: start.season!)!)
    case .month: (end.year - start.year) * 12 + end.month! - start.month!
    case .day: end.earliestOrdinal - start.earliestOrdinal
    }
  }

  /// `date` moved by `offset` units of its own precision (days, months, seasons, years).
  static func shifted(_ date: HistoricalDate, by offset: Int) -> HistoricalDate? {
    guard let start = shift(date.start, by: offset) else { return nil }
    guard let end = date.end else { return HistoricalDate(start) }
    guard let shiftedEnd = shift(end, by: offset) else { return nil }
    return HistoricalDate(start, to: shiftedEnd)
  }

  private static func shift(_ point: HistoricalDate.Point, by offset: Int) -> HistoricalDate.Point?
  {
    switch point.precision {
    case .year:
      return HistoricalDate.Point(year: point.year + offset)
    case .season:
      let seasons = HistoricalDate.Season.allCases
      guard let season = point.season, let at = seasons.firstIndex(of: season) else { return nil }
      let total = point.year * 4 + at + offset
      return HistoricalDate.Point(year: total / 4, season: seasons[total % 4])
    case .month:
      let total = point.year * 12 + (point.month! - 1) + offset
      return HistoricalDate.Point(year: total / 12, month: total % 12 + 1)
    case .day:
      var (year, month, day) = (point.year, point.month!, point.day! + offset)
      while day < 1 {
        month -= 1
        if month == 0 { (year, month) = (year - 1, 12) }
        day += HistoricalDate.daysIn(month: month, year: year)
      }
      while day > HistoricalDate.daysIn(month: month, year: year) {
        day -= HistoricalDate.daysIn(month: month, year: year)
        month += 1
        if month == 13 { (year, month) = (year + 1, 1) }
      }
      return HistoricalDate.Point(year: year, month: month, day: day)
    }
  }
}
