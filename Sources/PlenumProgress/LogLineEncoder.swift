/// Writes log entries as single JSON lines, fields in a fixed order, ending in "\n".
public enum LogLineEncoder {
  /// The complete line for `entry`, newline included, as UTF-8 bytes.
  public static func line(for entry: LogEntry) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(192)
    append(entry, to: &out)
    return out
  }

  /// Appends the line for `entry` (newline included) to `out`.
  public static func append(_ entry: LogEntry, to out: inout [UInt8]) {
    out.append(contentsOf: #"{"v":1,"id":"#.utf8)
    switch entry {
    case .review(let r):
      appendString(r.id.description, to: &out)
      out.append(contentsOf: #","card":"#.utf8)
      appendString(r.card, to: &out)
      out.append(contentsOf: #","deck":"#.utf8)
      appendString(r.deck, to: &out)
      appendTime(r.at, to: &out)
      out.append(contentsOf: #","rating":"#.utf8)
      appendInteger(Int64(r.rating.rawValue), to: &out)
      out.append(contentsOf: #","form":"#.utf8)
      appendString(r.form.rawValue, to: &out)
      out.append(contentsOf: #","answer":"#.utf8)
      appendString(r.answer, to: &out)
      out.append(contentsOf: #","verdict":"#.utf8)
      appendString(r.verdict.rawValue, to: &out)
      out.append(contentsOf: #","ms":"#.utf8)
      appendInteger(Int64(r.ms), to: &out)
    case .undo(let u):
      appendString(u.id.description, to: &out)
      out.append(contentsOf: #","undo":"#.utf8)
      appendString(u.undo.description, to: &out)
      appendTime(u.at, to: &out)
    }
    out.append(contentsOf: "}\n".utf8)
  }

  private static func appendTime(_ at: Int64, to out: inout [UInt8]) {
    out.append(contentsOf: #","at":""#.utf8)
    let start = out.count
    out.append(contentsOf: repeatElement(0, count: 24))
    out.withUnsafeMutableBufferPointer { LogTimestamp.write(at, into: $0.baseAddress! + start) }
    out.append(UInt8(ascii: "\""))
  }

  static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
    out.append(contentsOf: String(value).utf8)
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// Appends `text` as a quoted JSON string: `"` and `\` escaped, every control character
  /// (U+0000–U+001F) as `\u00XX`; everything else, Hangul and emoji included, as raw UTF-8.
  public static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for b in text.utf8 {
      switch b {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        out.append(UInt8(ascii: "\\"))
        out.append(b)
      case 0..<0x20:
        out.append(contentsOf: #"\u00"#.utf8)
        out.append(hexDigits[Int(b >> 4)])
        out.append(hexDigits[Int(b & 0xF)])
      default:
        out.append(b)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
