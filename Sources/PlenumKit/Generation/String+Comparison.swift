import Foundation

/// Text helpers the question templates share.
extension String {
  /// Lower-case letters and digits only: for comparing phrases and spotting giveaways.
  var comparisonKey: String {
    // ASCII first: most corpus text is ASCII, and Unicode property look-ups are slow.
    if utf8.allSatisfy({ $0 < 0x80 }) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(utf8.count)
      for byte in utf8 {
        switch byte {
        case 0x41...0x5A: bytes.append(byte + 0x20)
        case 0x61...0x7A, 0x30...0x39: bytes.append(byte)
        default: continue
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    return String(
      lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        .map(Character.init))
  }

  /// A summary with its cloze markers removed; `{{cult of personality|personality cult}}`
  /// shows its first spelling.
  var withoutClozeMarkers: String {
    var text = self
    for span in QuestionBuilder.clozeSpans(self).reversed() {
      text.replaceSubrange(span.range, with: Self.clozeSpellings(self[span.inner])[0])
    }
    return text
  }

  /// The spellings a cloze span accepts, the shown one first.
  static func clozeSpellings(_ inner: Substring) -> [String] {
    let spellings = inner.split(separator: "|").map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
    return spellings.isEmpty ? [String(inner)] : spellings
  }

  /// The text with its first letter lower-cased, unless the first word is a name ("When" →
  /// "when", "Kim" stays).
  var clauseCased: String {
    let first = prefix(while: { $0 != " " })
    let functionWords: Set<String> = [
      "When", "What", "Which", "Who", "How", "Where", "Why", "In", "On", "At", "The",
    ]
    return functionWords.contains(String(first)) ? prefix(1).lowercased() + dropFirst() : self
  }
}
