import Foundation

/// A cursor over the bytes of one JSON line, reporting problems with 1-based columns.
struct JSONScanner {
  /// The fields of the log format.
  enum Field: String, CaseIterable {
    case v, id, card, deck, at, rating, form, answer, verdict, ms, undo

    /// Matches a raw name without building a String (this runs ten times per line).
    init?(bytes k: UnsafeBufferPointer<UInt8>) {
      func equals(_ name: StaticString) -> Bool {
        memcmp(name.utf8Start, k.baseAddress!, k.count) == 0
      }
      switch k.count {
      case 1 where k[0] == UInt8(ascii: "v"): self = .v
      case 2 where equals("id"): self = .id
      case 2 where equals("at"): self = .at
      case 2 where equals("ms"): self = .ms
      case 4 where equals("card"): self = .card
      case 4 where equals("deck"): self = .deck
      case 4 where equals("form"): self = .form
      case 4 where equals("undo"): self = .undo
      case 6 where equals("rating"): self = .rating
      case 6 where equals("answer"): self = .answer
      case 7 where equals("verdict"): self = .verdict
      default: return nil
      }
    }
  }

  /// A member name: one of ours, or another one (reported, its value skipped).
  enum Key {
    case known(Field)
    case other(String)
  }

  /// What a value that should be a whole number turned out to be.
  enum NumberRead {
    case integer(Int64)
    case otherNumber
    case notANumber
  }

  let bytes: UnsafeBufferPointer<UInt8>
  var i = 0
  /// Whether the last string `rawString` returned was pure ASCII.
  private(set) var lastStringWasASCII = true

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  var column: Int { i + 1 }

  func describe(_ b: UInt8) -> String {
    b >= 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x\(String(b, radix: 16))"
  }

  mutating func skipSpace() {
    while i < bytes.count {
      switch bytes[i] {
      case 0x20, 0x09, 0x0A, 0x0D: i += 1
      default: return
      }
    }
  }

  /// The next non-space byte, not consumed; a line that ends here was cut off.
  mutating func peek() throws(LineProblem) -> UInt8 {
    skipSpace()
    guard i < bytes.count else { throw .cutOff }
    return bytes[i]
  }

  mutating func expectObjectStart() throws(LineProblem) {
    let b = try peek()
    guard b == UInt8(ascii: "{") else {
      throw .notJSON("a record must start with '{', found \(describe(b)) at column \(column)")
    }
    i += 1
  }

  /// Moves to the next member's name; false after the closing brace.
  mutating func nextMember(first: Bool) throws(LineProblem) -> Bool {
    var b = try peek()
    if b == UInt8(ascii: "}") {
      i += 1
      return false
    }
    if !first {
      guard b == UInt8(ascii: ",") else {
        throw .notJSON("expected ',' or '}' but found \(describe(b)) at column \(column)")
      }
      i += 1
      b = try peek()
    }
    guard b == UInt8(ascii: "\"") else {
      throw .notJSON("expected a field name in quotes but found \(describe(b)) at column \(column)")
    }
    return true
  }

  /// Reads a member name and its colon.
  mutating func key() throws(LineProblem) -> Key {
    let key: Key
    if let raw = try rawString() {
      if let field = Field(bytes: raw) {
        key = .known(field)
      } else {
        key = .other(String(decoding: raw, as: UTF8.self))
      }
    } else {
      let name = try escapedString()
      key = Field(rawValue: name).map(Key.known) ?? .other(name)
    }
    let b = try peek()
    guard b == UInt8(ascii: ":") else {
      throw .notJSON("expected ':' after a field name but found \(describe(b)) at column \(column)")
    }
    i += 1
    skipSpace()
    return key
  }

  var peekIsString: Bool { i < bytes.count && bytes[i] == UInt8(ascii: "\"") }

  /// The bytes of a string without escapes (consumed), or nil if it has escapes (not consumed).
  mutating func rawString() throws(LineProblem) -> UnsafeBufferPointer<UInt8>? {
    let start = i + 1
    var j = start
    var high: UInt8 = 0
    while j < bytes.count {
      let b = bytes[j]
      high |= b
      if b == UInt8(ascii: "\"") {
        i = j + 1
        lastStringWasASCII = high < 0x80
        return UnsafeBufferPointer(rebasing: bytes[start..<j])
      }
      if b == UInt8(ascii: "\\") { return nil }
      if b < 0x20 {
        throw .notJSON("a control character must be escaped inside a string (column \(j + 1))")
      }
      j += 1
    }
    throw .cutOff
  }

  /// Reads a string with escapes, including \uXXXX and surrogate pairs.
  mutating func escapedString() throws(LineProblem) -> String {
    var out: [UInt8] = []
    i += 1
    while true {
      guard i < bytes.count else { throw .cutOff }
      let b = bytes[i]
      i += 1
      switch b {
      case UInt8(ascii: "\""):
        guard let text = String(validating: out, as: UTF8.self) else {
          throw .notJSON("a string is not valid UTF-8 (before column \(column))")
        }
        return text
      case UInt8(ascii: "\\"):
        guard i < bytes.count else { throw .cutOff }
        let e = bytes[i]
        i += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"): out.append(contentsOf: try unicodeEscape())
        default:
          throw .notJSON(
            "'\\\(Character(Unicode.Scalar(e)))' is not a JSON escape (column \(i - 1))")
        }
      case 0..<0x20:
        throw .notJSON("a control character must be escaped inside a string (column \(i))")
      default:
        out.append(b)
      }
    }
  }

  private mutating func hex4() throws(LineProblem) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard i < bytes.count else { throw .cutOff }
      let b = bytes[i]
      let digit: UInt8
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
      default: throw .notJSON("'\\u' must be followed by four hex digits (column \(column))")
      }
      value = value << 4 | UInt32(digit)
      i += 1
    }
    return value
  }

  private mutating func unicodeEscape() throws(LineProblem) -> [UInt8] {
    let escapeColumn = i - 1
    var code = try hex4()
    if (0xD800...0xDBFF).contains(code) {
      guard i + 1 < bytes.count else { throw .cutOff }
      guard bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
        throw .notJSON("a lone high surrogate '\\u' escape at column \(escapeColumn)")
      }
      i += 2
      let low = try hex4()
      guard (0xDC00...0xDFFF).contains(low) else {
        throw .notJSON("a high surrogate is not followed by a low one (column \(escapeColumn))")
      }
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
    } else if (0xDC00...0xDFFF).contains(code) {
      throw .notJSON("a lone low surrogate '\\u' escape at column \(escapeColumn)")
    }
    return Array(String(Character(Unicode.Scalar(code)!)).utf8)
  }

  /// Only spaces may follow the closing brace.
  mutating func expectEnd() throws(LineProblem) {
    skipSpace()
    guard i == bytes.count else {
      throw .notJSON("unexpected \(describe(bytes[i])) after the closing '}' at column \(column)")
    }
  }
}
