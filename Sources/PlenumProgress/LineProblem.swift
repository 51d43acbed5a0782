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

  mutating func string(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String? {
    let slot = Int(truncatingIfNeeded: Self.hash(bytes)) & (slots.count - 1)
    if let cached = slots[slot] {
      let same = cached.utf8.withContiguousStorageIfAvailable { c in
        c.count == bytes.count
          && (c.count == 0 || memcmp(c.baseAddress!, bytes.baseAddress!, c.count) == 0)
      }
      if same == true { return cached }
    }
    guard let made = makeString(bytes, isASCII: isASCII) else { return nil }
    slots[slot] = made
    return made
  }

  /// A quick hash over 8-byte words; ids are short, so this is a handful of multiplies.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
    let raw = UnsafeRawBufferPointer(bytes)
    var i = 0
    while i + 8 <= raw.count {
      h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
      h ^= h >> 29
      i += 8
    }
    var tail: UInt64 = 0
    while i < raw.count {
      tail = tail << 8 | UInt64(raw[i])
      i += 1
    }
    h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    return h ^ (h >> 32)
  }
}

/// Builds a String from JSON string bytes, refusing invalid UTF-8. ASCII, the usual case,
/// skips the generic validating initializer.
func makeString(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String? {
  isASCII ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
}
