/// Makes text from corpora, decks and logs safe and tidy for a terminal.
///
/// Every string that did not come from this program's own code passes through `safe`
/// before it is printed, so a shared corpus cannot clear the screen, retitle the window or
/// write the clipboard (`ESC ] 52`).
public enum TerminalText {
  /// The text with escape sequences and control characters removed (newline and tab are
  /// turned into spaces unless `keepNewlines`).
  public static func safe(_ text: String, keepNewlines: Bool = false) -> String {
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x1B:  // ESC: drop the whole sequence it introduces
        skipEscapeSequence(&scalars)
      case 0x9B:  // C1 CSI
        skipUntilFinalByte(&scalars)
      case 0x9D, 0x90, 0x98, 0x9E, 0x9F:  // C1 OSC, DCS, SOS, PM, APC: up to ST or BEL
        skipString(&scalars)
      case 0x0A where keepNewlines:
        result.append(scalar)
      case 0x09, 0x0A, 0x0D:
        result.append(" ")
      case 0x00..<0x20, 0x7F, 0x80..<0xA0:
        continue
      case 0x202A...0x202E, 0x2066...0x2069:
        // Bidirectional overrides can make a line read differently from what it says.
        continue
      default:
        result.append(scalar)
      }
    }
    return String(result)
  }

  private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
    guard let next = scalars.next() else { return }
    switch next {
    case "[": skipUntilFinalByte(&scalars)
    case "]", "P", "X", "^", "_": skipString(&scalars)
    default: return  // two-character sequence: ESC plus one
    }
  }

  /// CSI parameters run until a final byte in 0x40–0x7E.
  private static func skipUntilFinalByte(_ scalars: inout String.UnicodeScalarView.Iterator) {
    while let scalar = scalars.next() {
      if (0x40...0x7E).contains(scalar.value) { return }
    }
  }

  /// OSC/DCS strings run until BEL or ST (ESC \ or 0x9C).
  private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
    while let scalar = scalars.next() {
      switch scalar.value {
      case 0x07, 0x9C: return
      case 0x1B:
        _ = scalars.next()
        return
      default: continue
      }
    }
  }
}
