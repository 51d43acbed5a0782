extension HistoricalDate.Point {
  /// How a learner reads this point: "30 August 1956", "August 1956", "summer 1956", "1956".
  public var displayText: String {
    let monthName = month.map { HistoricalDate.monthNames[$0 - 1] }
    switch (day, monthName, season) {
    case (let day?, let monthName?, _): return "\(day) \(monthName) \(year)"
    case (nil, let monthName?, _): return "\(monthName) \(year)"
    case (_, nil, let season?): return "\(season.rawValue) \(year)"
    default: return String(year)
    }
  }
}

extension HistoricalDate {
  /// How a learner reads this date: "30–31 August 1956", "June–July 1956", "1956".
  public var displayText: String {
    guard let end else { return start.displayText }
    if start.precision == .day, start.year == end.year, start.month == end.month,
      let d1 = start.day, let d2 = end.day, let month = start.month
    {
      return "\(d1)–\(d2) \(HistoricalDate.monthNames[month - 1]) \(start.year)"
    }
    if start.precision == .month, start.year == end.year, let m1 = start.month,
      let m2 = end.month
    {
      return
        "\(HistoricalDate.monthNames[m1 - 1])–\(HistoricalDate.monthNames[m2 - 1]) \(start.year)"
    }
    return "\(start.displayText) – \(end.displayText)"
  }
}
