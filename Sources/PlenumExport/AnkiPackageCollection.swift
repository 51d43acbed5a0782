import Foundation
import PlenumKit

/// The rows of the `collection.anki2` inside a package: one note and one new card per deck card,
/// with every id and timestamp derived from the deck so the same deck gives the same bytes.
struct AnkiPackageCollection {
  /// The note type every Plenum package uses. Fixed, so decks imported one after another share
  /// one "Plenum Basic" note type in Anki instead of adding a copy each time.
  static let modelID: Int64 = 1_561_956_080_000
  /// When the note type last changed (seconds); raise it when the fields or template change.
  static let modelModified: Int64 = 1_700_000_000
  static let modelName = "Plenum Basic"

  /// The deck name in Anki (the deck title; Anki reads `::` in it as a subdeck).
  let deckName: String
  /// A stand-in creation time in seconds, from the deck's seed and id, never the clock.
  let epoch: Int64
  let deckID: Int64
  let notes: [AnkiNoteContent]

  init(deck: Deck) {
    let title = deck.title.trimmingCharacters(in: .whitespacesAndNewlines)
    deckName = title.isEmpty ? "Plenum" : title
    var rng = SeededGenerator(seed: deck.seed, key: "anki-epoch\u{0}" + deck.id)
    // Between 2020-09 and 2023-12: ids look like Anki's own (milliseconds) and are never in
    // the future, which Anki's database check would "repair".
    epoch = 1_600_000_000 + Int64(rng.next() % 100_000_000)
    deckID = epoch * 1000 - 1
    notes = deck.cards.map { AnkiNoteContent(deck: deck, card: $0) }
  }

  /// Note and card ids: one millisecond apart, after the deck's.
  func noteID(at position: Int) -> Int64 { epoch * 1000 + Int64(position) }

  /// Every tag the notes use, sorted.
  var tags: [String] { Set(notes.flatMap(\.tags)).sorted() }

  /// The `notes` rows, in the column order of `AnkiPackageCollection.insertNote`.
  var noteRows: [[SQLiteDatabase.Value]] {
    notes.enumerated().map { position, note in
      let front = AnkiNoteContent.html(note.front)
      let back = AnkiNoteContent.html(note.back)
      let sortText = AnkiNoteContent.plainText(ofHTML: front)
      return [
        .integer(noteID(at: position)), .text(note.guid), .integer(Self.modelID), .integer(epoch),
        .text(front + "\u{1F}" + back), .text(sortText), .integer(Self.checksum(sortText)),
        .text(" " + note.tags.joined(separator: " ") + " "),
      ]
    }
  }

  /// The `cards` rows: each new (type 0, queue 0), due in deck order starting at 1.
  var cardRows: [[SQLiteDatabase.Value]] {
    notes.indices.map { position in
      [
        .integer(noteID(at: position)), .integer(noteID(at: position)), .integer(deckID),
        .integer(epoch), .integer(Int64(position + 1)),
      ]
    }
  }

  static let insertNote = """
    insert into notes (id, guid, mid, mod, usn, flds, sfld, csum, tags, flags, data)
    values (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, '')
    """

  static let insertCard = """
    insert into cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses,
      left, odue, odid, flags, data)
    values (?, ?, ?, 0, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')
    """

  /// Anki's duplicate checksum: the first 4 bytes of the SHA-1 of the first field's plain text.
  static func checksum(_ plainText: String) -> Int64 {
    SHA1.digest(Array(plainText.utf8)).prefix(4).reduce(0) { $0 << 8 | Int64($1) }
  }
}
