import Foundation

/// Why one line of a log file was not read as a record.
enum LineProblem: Error, Hashable, Sendable {
  /// The line ends inside the JSON object: the writer stopped mid-line.
  case cutOff
  /// The line is not JSON; the detail says what and at which column.
  case notJSON(String)
  /// The JSON is fine but a field is missing or wrong; the detail names the field.
  case invalidRecord(String)
  /// The record's format version is newer than this build understands.
  case futureVersion(Int64)
}

/// A record read from one line, with any fields this build does not know.
struct ParsedLine {
  var entry: LogEntry
  var unknownFields: [String]
}

/// Reuses one String for the few distinct card, deck and form ids of a log.
///
/// A class log repeats a few thousand card ids a million times; sharing them saves about
/// 80 bytes of heap per record and the cost of building each string again.
struct StringCache {
  private var slots = [String?](repeating: nil, count: 16_384)

  mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
    let slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & (slots.count - 1)
    if var cached = slots[slot] {
      let same = cached.withUTF8 { c in
        c.count == bytes.count
          && (c.count == 0 || memcmp(c.baseAddress!, bytes.baseAddress!, c.count) == 0)
      }
      if same { return cached }
    }
    guard let made = String(validating: bytes, as: UTF8.self) else { return nil }
    slots[slot] = made
    return made
  }
}
