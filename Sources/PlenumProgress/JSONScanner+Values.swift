// Numbers and the skipping of values the log format does not know.
extension JSONScanner {
  /// Reads a number if one starts here; leaves anything else in place.
  mutating func number() throws(LineProblem) -> NumberRead {
    let b = try peek()
    guard b == UInt8(ascii: "-") || (b &- UInt8(ascii: "0")) < 10 else { return .notANumber }
    let negative = b == UInt8(ascii: "-")
    if negative { i += 1 }
    let digitsStart = i
    var value: Int64 = 0
    var overflow = false
    while i < bytes.count, case let d = bytes[i] &- UInt8(ascii: "0"), d < 10 {
      let (m, o1) = value.multipliedReportingOverflow(by: 10)
      let (s, o2) = m.addingReportingOverflow(Int64(d))
      overflow = overflow || o1 || o2
      value = s
      i += 1
    }
    let digitCount = i - digitsStart
    guard digitCount > 0 else {
      if i >= bytes.count { throw .cutOff }
      throw .notJSON("a number needs digits (column \(column))")
    }
    if digitCount > 1 && bytes[digitsStart] == UInt8(ascii: "0") {
      throw .notJSON("a number must not start with 0 (column \(digitsStart + 1))")
    }
    var integral = true
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      integral = false
      i += 1
      try digits()
    }
    if i < bytes.count, bytes[i] | 0x20 == UInt8(ascii: "e") {
      integral = false
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      try digits()
    }
    guard integral, !overflow else { return .otherNumber }
    return .integer(negative ? -value : value)
  }

  private mutating func digits() throws(LineProblem) {
    let start = i
    while i < bytes.count, bytes[i] &- UInt8(ascii: "0") < 10 { i += 1 }
    if i == start {
      if i >= bytes.count { throw .cutOff }
      throw .notJSON("a number needs digits (column \(column))")
    }
  }

  /// Skips any JSON value (an unknown field's), checking its grammar.
  mutating func skipValue(depth: Int) throws(LineProblem) {
    guard depth < 64 else { throw .notJSON("values are nested too deeply (column \(column))") }
    let b = try peek()
    switch b {
    case UInt8(ascii: "\""):
      if try rawString() == nil { _ = try escapedString() }
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      let close = b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
      i += 1
      var first = true
      while true {
        let c = try peek()
        if c == close {
          i += 1
          return
        }
        if !first {
          guard c == UInt8(ascii: ",") else {
            throw .notJSON(
              "expected ',' or '\(Character(Unicode.Scalar(close)))' but found \(describe(c)) at column \(column)"
            )
          }
          i += 1
          _ = try peek()
        }
        first = false
        if close == UInt8(ascii: "}") {
          guard peekIsString else {
            throw .notJSON("expected a field name in quotes at column \(column)")
          }
          _ = try key()
        }
        try skipValue(depth: depth + 1)
      }
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    default:
      if case .notANumber = try number() {
        throw .notJSON("expected a value but found \(describe(b)) at column \(column)")
      }
    }
  }

  private mutating func literal(_ word: StaticString) throws(LineProblem) {
    let start = i
    for expected in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
      guard i < bytes.count else { throw .cutOff }
      guard bytes[i] == expected else {
        throw .notJSON(
          "expected a value but found \(describe(bytes[start])) at column \(start + 1)")
      }
      i += 1
    }
  }
}
