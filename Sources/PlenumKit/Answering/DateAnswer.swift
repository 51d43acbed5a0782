import Foundation
import PlenumCorpus

/// A date as a learner typed it, read into a `HistoricalDate`.
///
/// Accepted forms: "30 August 1956", "August 30, 1956", "Aug 30 1956", "30 Aug. 1956",
/// "30th of August 1956", "1956-08-30", "30.8.1956", "30/8/1956", "August 1956", "1956-08",
/// "summer 1956", "1956", and ranges "30–31 August 1956", "30-31 Aug 1956",
/// "30 August to 1 September 1956", "1956-08-30..31", "1956-08-30..1956-08-31".
/// Numeric day/month/year dates are read day first, as in European usage: "8/9/1956" is
/// 8 September 1956. A first number above 12 can only be the day and a second number above 12
/// only the day, so "8/30/1956" is 30 August 1956.
public struct DateAnswer: Hashable, Sendable {
  /// The date read.
  public var date: HistoricalDate
  /// True when the answer was numeric with both readings possible ("8/9/1956").
  public var readDayFirst: Bool

  /// Why typed text is not a date.
  public enum Problem: Error, Hashable, Sendable {
    /// Nothing in the text reads as a date, or the day does not exist.
    case notADate
    /// A day or month without a year ("30 August").
    case missingYear
  }

  /// Reads a typed date.
  public static func parse(_ input: String) throws(Problem) -> DateAnswer {
    var text = input.precomposedStringWithCompatibilityMapping.lowercased()
    for dash in ["\u{2013}", "\u{2014}", "\u{2012}", "\u{2212}", "\u{2010}", "\u{2011}"] {
      text = text.replacingOccurrences(of: dash, with: "-")
    }
    // "mid-August" is one qualifier, not a range.
    for qualifier in ["mid", "early", "late"] {
      text = text.replacingOccurrences(of: qualifier + "-", with: qualifier + " ")
    }
    text = text.trimmingCharacters(in: .whitespaces)
    if let numeric = numeric(text) { return numeric }
    // A range: two parts, the first inheriting what it leaves out from the second.
    for separator in [" - ", "..", " to ", " until ", " till ", " through ", "-"] {
      let parts = text.components(separatedBy: separator)
      guard parts.count == 2 else { continue }
      var start = try rangeEnd(parts[0])
      var end = try rangeEnd(parts[1])
      if start.month == nil, start.season == nil {
        (start.month, start.season) = (end.month, end.season)
      }
      // "August 30–31, 1956": the month written once, before the first day.
      if end.month == nil, end.season == nil {
        (end.month, end.season) = (start.month, start.season)
      }
      if start.year == nil { start.year = end.year }
      guard let startPoint = try point(start), let endPoint = try point(end) else {
        throw .notADate
      }
      guard startPoint.precision == endPoint.precision,
        startPoint.earliestOrdinal < endPoint.earliestOrdinal
      else { throw .notADate }
      return DateAnswer(date: HistoricalDate(startPoint, to: endPoint), readDayFirst: false)
    }
    guard let single = try point(words(text)) else { throw .notADate }
    return DateAnswer(date: HistoricalDate(single), readDayFirst: false)
  }

  /// One end of a range, numeric ("1956-08-30") or worded ("30", "30 August").
  static func rangeEnd(_ text: String) throws(Problem) -> Fields {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let answer = numeric(trimmed), answer.date.end == nil {
      let point = answer.date.start
      return Fields(year: point.year, season: point.season, month: point.month, day: point.day)
    }
    return try words(trimmed, allowBare: true)
  }

  /// ISO forms (1956-08-30, 1956-08, 1956, with `..` ranges) and numeric D/M/Y.
  static func numeric(_ text: String) -> DateAnswer? {
    let allowed = CharacterSet(charactersIn: "0123456789-./")
    guard !text.isEmpty, text.unicodeScalars.allSatisfy(allowed.contains) else { return nil }
    let range = text.components(separatedBy: "..")
    if range.count == 2, let start = isoPoint(range[0]) {
      // "1956-08-30..31" repeats only what changes.
      let head = range[0].split(separator: "-").map(String.init)
      let tail = range[1].split(separator: "-").map(String.init)
      guard tail.count <= head.count else { return nil }
      let full = (head.prefix(head.count - tail.count) + tail).joined(separator: "-")
      guard let end = isoPoint(full), end.precision == start.precision,
        start.earliestOrdinal < end.earliestOrdinal
      else { return nil }
      return DateAnswer(date: HistoricalDate(start, to: end), readDayFirst: false)
    }
    guard range.count == 1 else { return nil }
    if let point = isoPoint(text) {
      return DateAnswer(date: HistoricalDate(point), readDayFirst: false)
    }
    let fields = text.split(omittingEmptySubsequences: false) { "./-".contains($0) }.compactMap {
      Int($0)
    }
    guard fields.count == 3, text.split(whereSeparator: { "./-".contains($0) }).last?.count == 4
    else {
      return nil
    }
    let (first, second, year) = (fields[0], fields[1], fields[2])
    let dayFirst = second <= 12
    let (day, month) = dayFirst ? (first, second) : (second, first)
    guard let point = validPoint(year: year, month: month, day: day) else { return nil }
    let ambiguous = first <= 12 && second <= 12 && first != second
    return DateAnswer(date: HistoricalDate(point), readDayFirst: ambiguous)
  }

  /// Year-first numeric points: 1956, 1956-08, 1956-8-30, 1956/08/30.
  static func isoPoint(_ text: String) -> HistoricalDate.Point? {
    let fields = text.split(omittingEmptySubsequences: false) { "-/.".contains($0) }
    guard (1...3).contains(fields.count), fields[0].count == 4, let year = Int(fields[0]),
      fields.dropFirst().allSatisfy({ (1...2).contains($0.count) })
    else { return nil }
    let numbers = fields.dropFirst().compactMap { Int($0) }
    guard numbers.count == fields.count - 1 else { return nil }
    return validPoint(year: year, month: numbers.first, day: numbers.count > 1 ? numbers[1] : nil)
  }

  static func validPoint(year: Int, month: Int?, day: Int?) -> HistoricalDate.Point? {
    guard (1...9999).contains(year) else { return nil }
    if let month, !(1...12).contains(month) { return nil }
    if let day, let month, !(1...HistoricalDate.daysIn(month: month, year: year)).contains(day) {
      return nil
    }
    return HistoricalDate.Point(year: year, month: month, day: day)
  }
}
