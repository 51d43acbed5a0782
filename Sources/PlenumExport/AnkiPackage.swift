import Foundation
import PlenumKit

#if canImport(Glibc)
  import Glibc
#endif

/// Anki's deck package (.apkg): a ZIP holding a legacy `collection.anki2` SQLite database with
/// one "Plenum Basic" note and one new card per deck card, and an empty `media` map.
///
/// Notes carry the same GUIDs and content as `AnkiText`, so importing either file again
/// updates the notes instead of duplicating them. The same deck always gives the same bytes.
public enum AnkiPackage {
  /// The archive entry holding the collection database.
  static let collectionEntry = "collection.anki2"
  /// The archive entry mapping media file numbers to names; Plenum packages have no media.
  static let mediaEntry = "media"

  /// The package bytes for `deck`, ready to write to a `.apkg` file.
  public static func build(_ deck: Deck) throws(AnkiPackageError) -> Data {
    try build(deck, temporaryFolder: FileManager.default.temporaryDirectory.path)
  }

  /// The package bytes, with the collection written in `temporaryFolder` on the way.
  static func build(_ deck: Deck, temporaryFolder: String) throws(AnkiPackageError) -> Data {
    let database = try collectionDatabase(
      AnkiPackageCollection(deck: deck), temporaryFolder: temporaryFolder)
    var writer = ZipArchiveWriter()
    do {
      try writer.add(name: collectionEntry, contents: database)
      try writer.add(name: mediaEntry, contents: Data("{}".utf8))
      return try writer.archive()
    } catch {
      throw .tooLarge(entry: error.entry, bytes: error.bytes)
    }
  }

  /// Writes the collection with SQLite into a temporary file and returns the file's bytes.
  static func collectionDatabase(_ collection: AnkiPackageCollection, temporaryFolder: String)
    throws(AnkiPackageError) -> Data
  {
    let path = try temporaryFile(in: temporaryFolder)
    // SQLite may leave a rollback journal beside the file if a write fails halfway.
    defer {
      unlink(path)
      unlink(path + "-journal")
    }
    do {
      try write(collection, to: path)
    } catch {
      throw .database(path: path, reason: error.message, statement: error.statement)
    }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .temporaryFile(path: path, reason: error.localizedDescription)
    }
  }

  /// Fills an empty database file; the connection closes when this returns, before the read.
  private static func write(_ collection: AnkiPackageCollection, to path: String)
    throws(SQLiteDatabase.Failure)
  {
    let database = try SQLiteDatabase(path: path)
    try database.execute("begin")
    try database.execute(AnkiPackageCollection.schema)
    try database.run(AnkiPackageCollection.insertCollection, rows: [collection.collectionRow])
    try database.run(AnkiPackageCollection.insertNote, rows: collection.noteRows)
    try database.run(AnkiPackageCollection.insertCard, rows: collection.cardRows)
    try database.execute("commit")
  }

  /// A new empty file in `folder`, with a name no other export uses.
  private static func temporaryFile(in folder: String) throws(AnkiPackageError) -> String {
    var template = Array((folder + "/plenum-anki-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    let failure = errno
    let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    guard descriptor >= 0 else {
      // mkstemp leaves a half-filled name behind on failure; the folder is what the user fixes.
      throw .temporaryFile(path: folder, reason: String(cString: strerror(failure)))
    }
    close(descriptor)
    return path
  }
}
