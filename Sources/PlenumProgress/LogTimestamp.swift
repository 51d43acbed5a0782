/// ISO-8601 UTC timestamps with milliseconds ("2026-11-23T13:08:43.123Z"), done by hand.
///
/// The log holds a million of these; DateFormatter would dominate the load time, and only
/// this one shape is ever written, so a few lines of calendar arithmetic suffice.
public enum LogTimestamp {
  /// The earliest time the log can hold: 0000-01-01T00:00:00.000Z (four-digit years).
  public static let earliest: Int64 = -62_167_219_200_000
  /// The latest time the log can hold: 9999-12-31T23:59:59.999Z.
  public static let latest: Int64 = 253_402_300_799_999

  /// True when `epochMilliseconds` has a four-digit year, so `format` writes it faithfully.
  public static func isRepresentable(_ epochMilliseconds: Int64) -> Bool {
    (earliest...latest).contains(epochMilliseconds)
  }

  /// Formats epoch milliseconds as `YYYY-MM-DDTHH:MM:SS.mmmZ` (years 0000–9999; check
  /// `isRepresentable` first, as a five-digit year would lose its first digit).
  public static func format(_ epochMilliseconds: Int64) -> String {
    var bytes = [UInt8](repeating: 0, count: 24)
    bytes.withUnsafeMutableBufferPointer { write(epochMilliseconds, into: $0.baseAddress!) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes the 24 bytes of the formatted timestamp to `out`.
  static func write(_ epochMilliseconds: Int64, into out: UnsafeMutablePointer<UInt8>) {
    let (days, msOfDay) = floorDivide(epochMilliseconds, 86_400_000)
    let (year, month, day) = civil(fromDays: days)
    func put(_ value: Int64, _ width: Int, at offset: Int) {
      var v = value
      for i in stride(from: offset + width - 1, through: offset, by: -1) {
        out[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: v % 10)
        v /= 10
      }
    }
    put(year, 4, at: 0)
    out[4] = UInt8(ascii: "-")
    put(month, 2, at: 5)
    out[7] = UInt8(ascii: "-")
    put(day, 2, at: 8)
    out[10] = UInt8(ascii: "T")
    put(msOfDay / 3_600_000, 2, at: 11)
    out[13] = UInt8(ascii: ":")
    put(msOfDay / 60_000 % 60, 2, at: 14)
    out[16] = UInt8(ascii: ":")
    put(msOfDay / 1000 % 60, 2, at: 17)
    out[19] = UInt8(ascii: ".")
    put(msOfDay % 1000, 3, at: 20)
    out[23] = UInt8(ascii: "Z")
  }

  /// Parses a timestamp; nil unless it is `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
  ///
  /// Fractions longer than milliseconds are truncated; offsets are applied, so the result is
  /// always UTC.
  public static func parse(_ text: String) -> Int64? {
    var copy = text
    return copy.withUTF8 { parse($0) }
  }

  /// Parses a timestamp from UTF-8 bytes.
  static func parse(_ s: UnsafeBufferPointer<UInt8>) -> Int64? {
    guard s.count >= 20 else { return nil }
    func digits(_ from: Int, _ count: Int) -> Int64? {
      var value: Int64 = 0
      for i in from..<from + count {
        let d = s[i] &- UInt8(ascii: "0")
        guard d < 10 else { return nil }
        value = value * 10 + Int64(d)
      }
      return value
    }
    guard let year = digits(0, 4), s[4] == UInt8(ascii: "-"), let month = digits(5, 2),
      s[7] == UInt8(ascii: "-"), let day = digits(8, 2), s[10] == UInt8(ascii: "T"),
      let hour = digits(11, 2), s[13] == UInt8(ascii: ":"), let minute = digits(14, 2),
      s[16] == UInt8(ascii: ":"), let second = digits(17, 2)
    else { return nil }
    guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year),
      hour < 24, minute < 60, second < 60
    else { return nil }
    var i = 19
    var millis: Int64 = 0
    if s[i] == UInt8(ascii: ".") {
      i += 1
      var scale: Int64 = 100
      let start = i
      while i < s.count, s[i] &- UInt8(ascii: "0") < 10 {
        millis += Int64(s[i] &- UInt8(ascii: "0")) * scale
        scale /= 10
        i += 1
      }
      guard i > start else { return nil }
    }
    guard i < s.count else { return nil }
    var offsetMinutes: Int64 = 0
    switch s[i] {
    case UInt8(ascii: "Z"):
      i += 1
    case UInt8(ascii: "+"), UInt8(ascii: "-"):
      guard s.count - i == 6, let h = digits(i + 1, 2), s[i + 3] == UInt8(ascii: ":"),
        let m = digits(i + 4, 2), h < 24, m < 60
      else { return nil }
      offsetMinutes = (h * 60 + m) * (s[i] == UInt8(ascii: "+") ? 1 : -1)
      i += 6
    default: return nil
    }
    guard i == s.count else { return nil }
    let days = days(fromCivil: year, month, day)
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60
    return seconds * 1000 + millis
  }

  private static func floorDivide(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
    let q = a / b
    let r = a % b
    return r < 0 ? (q - 1, r + b) : (q, r)
  }

  private static func daysIn(month: Int64, year: Int64) -> Int64 {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
  private static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
