/// Why an Anki package (.apkg) could not be built.
public enum AnkiPackageError: Error, Equatable, CustomStringConvertible {
  /// The temporary folder or the collection file in it could not be used.
  case temporaryFile(path: String, reason: String)
  /// SQLite refused a step of writing the collection.
  case database(path: String, reason: String, statement: String)
  /// The collection is too large for a ZIP archive without ZIP64 (4 GiB).
  case tooLarge(entry: String, bytes: Int)

  /// A complete sentence for the user: what failed, where, and what to do.
  public var description: String {
    switch self {
    case .temporaryFile(let path, let reason):
      "The Anki package could not use the temporary location '\(path)': \(reason). Check that the temporary folder is writable and has free space (or set TMPDIR to one that is), then export again."
    case .database(let path, let reason, let statement):
      "The Anki collection '\(path)' could not be written: SQLite said \"\(reason)\" while running \"\(Self.excerpt(statement))\". Check that the temporary folder has free space, then export again."
    case .tooLarge(let entry, let bytes):
      "The Anki package entry '\(entry)' would be \(bytes) bytes, more than the 4 GiB a ZIP file without ZIP64 can hold. Generate a smaller deck, then export again."
    }
  }

  /// The statement's first line, cut to 60 characters: enough to tell which step failed.
  private static func excerpt(_ statement: String) -> String {
    let line = statement.split(separator: "\n").first.map(String.init) ?? statement
    return line.count > 60 ? line.prefix(60) + "…" : line
  }
}
