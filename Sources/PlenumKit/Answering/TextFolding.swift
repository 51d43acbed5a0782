import Foundation

/// Folds typed text into comparable lowercase tokens: no case, accents, apostrophes or punctuation.
public enum TextFolding {
  /// Inputs longer than this (in Unicode scalars) are not analysed: no answer is that long, and
  /// capping keeps a pasted megabyte from costing more than a length check.
  public static let maxInputLength = 500

  /// True when `text` is too long to be analysed as an answer.
  public static func isTooLong(_ text: String) -> Bool {
    text.unicodeScalars.count > maxInputLength
  }

  /// The lowercase tokens of `text` (runs of letters and digits), with accents and apostrophes
  /// removed; `expandBreves` spells McCune–Reischauer ŏ/ŭ as eo/eu so they meet Revised
  /// Romanization. Returns no tokens for text longer than `maxInputLength`.
  public static func tokens(_ text: String, expandBreves: Bool = false) -> [String] {
    guard !isTooLong(text) else { return [] }
    var folded = text.precomposedStringWithCompatibilityMapping.lowercased()
    if expandBreves {
      folded = folded.replacingOccurrences(of: "\u{14F}", with: "eo")
        .replacingOccurrences(of: "\u{16D}", with: "eu")
    }
    // Drop combining marks after canonical decomposition; Hangul syllables decompose into
    // jamo (letters, not marks) and are composed again below.
    var kept = String.UnicodeScalarView()
    for scalar in folded.decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .spacingMark: continue
      default: break
      }
      // An apostrophe marks aspiration or a syllable break; it never separates words.
      if apostrophes.contains(scalar) { continue }
      kept.append(scalar)
    }
    var tokens: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in String(kept).precomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        current.append(scalar)
      } else if !current.isEmpty {
        tokens.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { tokens.append(String(current)) }
    return tokens
  }

  /// The tokens joined without spaces: the form accepted answers are compared in. A leading
  /// "the" is dropped, and "a"/"an" too unless the text is a name ("An" is a Korean surname).
  public static func plain(_ text: String, isName: Bool = false) -> String {
    var words = tokens(text)
    let articles = isName ? ["the"] : ["the", "a", "an"]
    if words.count > 1, articles.contains(words[0]) { words.removeFirst() }
    return words.joined()
  }

  static let apostrophes: Set<Unicode.Scalar> = [
    "'", "\u{2019}", "\u{2018}", "\u{2BC}", "\u{2BB}", "`", "\u{B4}", "\u{2032}",
  ]
}
