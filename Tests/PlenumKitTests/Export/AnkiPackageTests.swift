import Foundation
import Testing

@testable import PlenumExport

@Suite struct AnkiPackageTests {
  let package: Data

  init() throws { package = try AnkiPackage.build(AnkiSampleDeck.deck) }

  @Test func isZipWithCollectionAndEmptyMedia() throws {
    let zip = try #require(StoredZipReader(package))
    #expect(zip.entries.map(\.name) == ["collection.anki2", "media"])
    #expect(zip.entries.map(\.method) == [0, 0])
    #expect(zip.entries.map(\.crc) == zip.entries.map { CRC32.checksum($0.contents) })
    #expect(zip.entries[1].contents == Data("{}".utf8))
    #expect(zip.entries[0].contents.prefix(16) == Data("SQLite format 3\u{0}".utf8))
  }

  @Test func sameDeckGivesSameBytes() throws {
    #expect(try AnkiPackage.build(AnkiSampleDeck.deck) == package)
  }

  @Test func anotherDeckIdGivesOtherIdsButSameGUIDScheme() throws {
    var other = AnkiSampleDeck.deck
    other.id = "sample-2"
    let rows = try CollectionFile(try AnkiPackage.build(other)).rows(
      "select id, guid from notes order by id")
    #expect(rows.count == 3)
    #expect(rows[0][0] != .integer(1_692_161_677_000))
    #expect(rows[0][1] == .text(AnkiText.guid(deck: other, card: other.cards[0])))
  }

  @Test func notesCarryGUIDFieldsSortFieldChecksumAndTags() throws {
    let rows = try CollectionFile(package).rows(
      "select id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data from notes order by id")
    #expect(rows.count == 3)
    #expect(
      rows[0] == [
        .integer(1_692_161_677_000), .text("Tx4G0qKZKx"), .integer(1_561_956_080_000),
        .integer(1_692_161_677), .integer(0), .text(" plenum event-date august-plenum "),
        .text(
          "When did the &lt;August&gt; plenum open?<br>a) 30 August 1956<br>b) 6 March 1956"
            + "\u{1F}30 August 1956<br><br>It opened &amp; closed within two days.<br><br>"
            + "Source: Document No. 16 — Report on the plenum"),
        .text("When did the <August> plenum open?a) 30 August 1956b) 6 March 1956"),
        .integer(1_467_897_283), .integer(0), .text(""),
      ])
    #expect(
      rows.map { $0[1] }
        == AnkiSampleDeck.deck.cards.map {
          .text(AnkiText.guid(deck: AnkiSampleDeck.deck, card: $0))
        })
    #expect(rows[2][5] == .text(" plenum actor-fate choe-changik yan'an_faction "))
    #expect(rows[2][7] == .text("What became of Choe Chang-ik?"))
    #expect(rows[2][8] == .integer(163_991_677))
  }

  @Test func oneNewCardPerNoteDueInDeckOrder() throws {
    let rows = try CollectionFile(package).rows(
      "select id, nid, did, ord, type, queue, due, ivl, reps from cards order by due")
    #expect(
      rows
        == (0..<3).map { index in
          let id = SQLiteDatabase.Value.integer(1_692_161_677_000 + Int64(index))
          return [
            id, id, .integer(1_692_161_676_999), .integer(0), .integer(0), .integer(0),
            .integer(Int64(index + 1)), .integer(0), .integer(0),
          ]
        })
  }

  @Test func collectionRowDefinesNoteTypeDecksAndOptions() throws {
    let file = try CollectionFile(package)
    let row = try #require(
      try file.rows("select id, crt, ver, models, decks, dconf, tags, conf from col").first)
    #expect(Array(row[0..<3]) == [.integer(1), .integer(1_692_161_677), .integer(11)])
    let models = try json(row[3])
    let model = try #require(models["1561956080000"] as? [String: Any])
    #expect(model["name"] as? String == "Plenum Basic")
    let fields = try #require(model["flds"] as? [[String: Any]])
    #expect(fields.compactMap { $0["name"] as? String } == ["Front", "Back"])
    let templates = try #require(model["tmpls"] as? [[String: Any]])
    #expect(templates.compactMap { $0["qfmt"] as? String } == ["{{Front}}"])
    let decks = try json(row[4])
    #expect(Set(decks.keys) == ["1", "1692161676999"])
    #expect((decks["1692161676999"] as? [String: Any])?["name"] as? String == "August Plenum")
    #expect((decks["1"] as? [String: Any])?["name"] as? String == "Default")
    #expect(Set(try json(row[5]).keys) == ["1"])
    #expect(
      Set(try json(row[6]).keys) == [
        "plenum", "event-date", "chronology", "actor-fate", "august-plenum", "choe-changik",
        "yan'an_faction",
      ])
    #expect(try json(row[7])["nextPos"] as? Int == 4)
  }

  @Test func hasTheLegacyTablesAndIndexes() throws {
    let names = try CollectionFile(package).rows(
      "select name from sqlite_master where type in ('table', 'index') order by name")
    #expect(
      names.map { $0[0] }
        == [
          "cards", "col", "graves", "ix_cards_nid", "ix_cards_sched", "ix_cards_usn",
          "ix_notes_csum", "ix_notes_usn", "ix_revlog_cid", "ix_revlog_usn", "notes", "revlog",
        ].map { .text($0) })
  }

  @Test func emptyTitleBecomesPlenum() throws {
    var deck = AnkiSampleDeck.deck
    deck.title = "  "
    let row = try #require(
      try CollectionFile(try AnkiPackage.build(deck)).rows("select decks from col").first)
    let names = try json(row[0]).values.compactMap { ($0 as? [String: Any])?["name"] as? String }
    #expect(names.sorted() == ["Default", "Plenum"])
  }

  @Test func missingTemporaryFolderIsReportedWithItsPath() {
    #expect(
      throws: AnkiPackageError.temporaryFile(
        path: "/nonexistent-plenum-folder", reason: "No such file or directory")
    ) {
      try AnkiPackage.build(AnkiSampleDeck.deck, temporaryFolder: "/nonexistent-plenum-folder")
    }
  }

  @Test func errorsSayWhatFailedAndWhatToDo() {
    #expect(
      AnkiPackageError.tooLarge(entry: "collection.anki2", bytes: 5_000_000_000).description
        == "The Anki package entry 'collection.anki2' would be 5000000000 bytes, more than the 4 GiB a ZIP file without ZIP64 can hold. Generate a smaller deck, then export again."
    )
    #expect(
      AnkiPackageError.temporaryFile(path: "/tmp/plenum-anki-x", reason: "No space left on device")
        .description
        == "The Anki package could not use the temporary location '/tmp/plenum-anki-x': No space left on device. Check that the temporary folder is writable and has free space (or set TMPDIR to one that is), then export again."
    )
  }

  private func json(_ value: SQLiteDatabase.Value) throws -> [String: Any] {
    guard case .text(let text) = value else { throw CollectionFile.Unexpected(value: "\(value)") }
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }
}

/// The package's collection database written to a temporary file and opened with SQLite.
struct CollectionFile {
  struct Unexpected: Error { let value: String }

  let database: SQLiteDatabase

  init(_ package: Data) throws {
    let entry = try #require(
      StoredZipReader(package)?.entries.first { $0.name == "collection.anki2" })
    let scratch = try TemporaryFolder(prefix: "plenum-anki2")
    let url = URL(fileURLWithPath: scratch.file("collection.anki2"))
    try entry.contents.write(to: url)
    database = try SQLiteDatabase(path: url.path)
  }

  func rows(_ sql: String) throws -> [[SQLiteDatabase.Value]] { try database.rows(sql) }
}
