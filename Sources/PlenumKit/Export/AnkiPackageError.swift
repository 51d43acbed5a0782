/// Why an Anki package (.apkg) could not be built.
public enum AnkiPackageError: Error, Equatable, CustomStringConvertible {
  /// The temporary collection file could not be created, read or removed.
  case temporaryFile(path: String, reason: String)
  /// SQLite refused a step of writing the collection.
  case database(path: String, reason: String, statement: String)
  /// The collection is too large for a ZIP archive without ZIP64 (4 GiB).
  case tooLarge(entry: String, bytes: Int)

  public var description: String {
    switch self {
    case .temporaryFile(let path, let reason):
      "The Anki package could not use its temporary file '\(path)': \(reason). Check that the temporary folder is writable and has free space (or set TMPDIR to one that is), then export again."
    case .database(let path, let reason, let statement):
      "The Anki collection '\(path)' could not be written: SQLite said \"\(reason)\" while running \"\(statement.prefix(60))\". Check that the temporary folder has free space, then export again."
    case .tooLarge(let entry, let bytes):
      "The Anki package entry '\(entry)' would be \(bytes) bytes, more than the 4 GiB a ZIP file without ZIP64 can hold. Generate a smaller deck, then export again."
    }
  }
}
