import PlenumKit

/// Anki's plain-text import format, with the header lines that make a re-import update the
/// same notes (GUID column) instead of adding duplicates.
public enum AnkiText {
  /// The whole import file for `deck`.
  public static func render(_ deck: Deck) -> String {
    var text = """
      #separator:tab
      #html:false
      #notetype:Basic
      #deck:\(field(deck.title))
      #guid column:1
      #tags column:4

      """
    for card in deck.cards {
      let note = AnkiNoteContent(deck: deck, card: card)
      text += [note.guid, note.front, note.back, note.tags.joined(separator: " ")].map(field)
        .joined(separator: "\t")
      text += "\n"
    }
    return text
  }

  /// A stable note GUID from the deck and card ids (never from wording).
  public static func guid(deck: Deck, card: Card) -> String {
    var rng = SeededGenerator(seed: 0x504C_454E_554D, key: deck.id + "\u{0}" + card.id)
    let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    return String((0..<10).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
  }

  /// Quotes a field when it holds a tab, a newline or a quote (Anki reads CSV-style quoting).
  static func field(_ value: String) -> String {
    guard value.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\"" }) else { return value }
    return "\"" + value.replacingAll("\"", with: "\"\"") + "\""
  }
}

extension String {
  func replacingSpaces() -> String { replacingAll(" ", with: "_") }

  /// Every occurrence of `target` replaced (without Foundation).
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
