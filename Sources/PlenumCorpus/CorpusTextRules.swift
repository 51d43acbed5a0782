import Foundation

/// Text rules shared by the corpus loader and validator: ids, forbidden characters, quoting.
enum CorpusTextRules {
  /// Longest id accepted; ids end up in card ids and file names.
  static let maxIDLength = 64

  /// True for an id made of lower-case ASCII letters, digits and inner hyphens.
  static func isValidID(_ text: String) -> Bool {
    guard !text.isEmpty, text.utf8.count <= maxIDLength, text.first != "-", text.last != "-"
    else { return false }
    return text.utf8.allSatisfy {
      (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D
    }
  }

  /// Control characters (C0, DEL, C1) and bidirectional overrides, which can hide or reorder
  /// text on a terminal; only `\n` and `\t` are ever allowed, and only in prose.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// The first forbidden scalar in `text`, allowing line breaks and tabs when `prose` is true.
  static func firstForbidden(in text: String, prose: Bool) -> Unicode.Scalar? {
    text.unicodeScalars.first { scalar in
      isForbidden(scalar) && !(prose && (scalar == "\n" || scalar == "\t"))
    }
  }

  /// `U+0007`: how a diagnostic names a character.
  static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// A user-supplied value for a message: single-quoted, forbidden characters escaped,
  /// cut to 60 characters so a hostile key cannot flood the terminal.
  static func quoted(_ text: String) -> String {
    var shown = ""
    for (index, scalar) in text.unicodeScalars.enumerated() {
      if index == 60 {
        shown += "…"
        break
      }
      shown += isForbidden(scalar) ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
    }
    return "'" + shown + "'"
  }

  /// The key two spellings of a name share when they differ only in case, spaces, hyphens,
  /// apostrophes or diacritics ("Ch'oe Ch'ang-ik" and "choe changik").
  static func aliasKey(_ name: String) -> String {
    var key = String.UnicodeScalarView()
    let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    for scalar in folded.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .spacingMark, .enclosingMark, .spaceSeparator, .dashPunctuation:
        continue
      default: break
      }
      if "'’‘`ʼʻ′\"".unicodeScalars.contains(scalar) { continue }
      key.append(scalar)
    }
    return String(key)
  }
}
