import Testing

@testable import PlenumExport

@Suite struct SQLiteDatabaseTests {
  @Test func roundTripsIntegersTextAndNull() throws {
    let database = try SQLiteDatabase(path: ":memory:")
    try database.execute("create table t (a integer, b text, c text)")
    try database.run(
      "insert into t values (?, ?, ?)",
      rows: [
        [.integer(-7), .text("Ch'oe\u{1F}é"), .null], [.integer(Int64.max), .text(""), .null],
      ])
    #expect(
      try database.rows("select a, b, c from t order by a") == [
        [.integer(-7), .text("Ch'oe\u{1F}é"), .null], [.integer(Int64.max), .text(""), .null],
      ])
  }

  @Test func failureNamesSQLiteMessageAndStatement() throws {
    let database = try SQLiteDatabase(path: ":memory:")
    #expect(
      throws: SQLiteDatabase.Failure(
        message: "near \"nonsense\": syntax error", statement: "nonsense")
    ) { try database.execute("nonsense") }
    #expect(
      throws: SQLiteDatabase.Failure(
        message: "no such table: missing", statement: "select 1 from missing")
    ) { try database.rows("select 1 from missing") }
  }

  @Test func databaseErrorDescriptionQuotesTheStatementStart() {
    let error = AnkiPackageError.database(
      path: "/tmp/plenum-anki-abc", reason: "disk I/O error",
      statement: "insert into notes (id, guid, mid, mod, usn, flds, sfld, csum, tags, flags, data)")
    #expect(
      error.description
        == "The Anki collection '/tmp/plenum-anki-abc' could not be written: SQLite said \"disk I/O error\" while running \"insert into notes (id, guid, mid, mod, usn, flds, sfld, csum…\". Check that the temporary folder has free space, then export again."
    )
  }
}
