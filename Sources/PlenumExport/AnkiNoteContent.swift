import Foundation
import PlenumKit

/// One card as an Anki note, shared by the text export and the package so both show the same
/// front, back and tags under the same GUID (a re-import of either updates the same note).
struct AnkiNoteContent: Equatable {
  /// The stable note GUID from the deck and card ids.
  let guid: String
  /// The prompt, then the lettered choices or items, one per line.
  let front: String
  /// The answer, the explanation and the sources, as plain text.
  let back: String
  /// `plenum`, the card kind, then the topics, each without spaces (Anki splits tags on them).
  let tags: [String]

  init(deck: Deck, card: Card) {
    guid = AnkiText.guid(deck: deck, card: card)
    var front = card.prompt
    for (letter, choice) in zip(card.choices.indices.map(ChoiceLetters.letter), card.choices) {
      front += "\n\(letter)) \(choice)"
    }
    for (letter, item) in zip(card.items.indices.map(ChoiceLetters.letter), card.items) {
      front += "\n\(letter)) \(item)"
    }
    self.front = front
    back =
      card.answer + "\n\n" + card.explanation + "\n\nSource: "
      + card.sources.map(\.label).joined(separator: "; ")
    tags = (["plenum", card.kind.rawValue] + card.topics).map { $0.replacingSpaces() }
  }

  /// `text` as HTML: `&`, `<` and `>` escaped, line breaks as `<br>`, and other control
  /// characters dropped (Anki drops them too, and U+001F would split the note's fields).
  static func html(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\n", "\r\n", "\r": result += "<br>"
      case "\t": result.append(character)
      default:
        if let ascii = character.asciiValue, ascii < 0x20 || ascii == 0x7F { continue }
        result.append(character)
      }
    }
    return result
  }

  /// What Anki keeps of an HTML field for sorting and the duplicate checksum: tags removed, then
  /// entities decoded (and, as Anki does only when decoding, no-break spaces made plain).
  static func plainText(ofHTML html: String) -> String {
    var text = html.replacingOccurrences(of: "<br>", with: "")
    guard text.contains("&") else { return text }
    text = text.replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
    return text.replacingOccurrences(of: "\u{A0}", with: " ")
  }
}
