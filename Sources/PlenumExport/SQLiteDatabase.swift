import CSQLite

/// A minimal libsqlite3 connection: run statements, insert rows, read rows back.
///
/// Only what the Anki package needs; not a general database layer. Not thread-safe, so it is
/// deliberately not `Sendable`: one export owns one connection.
final class SQLiteDatabase {
  /// A value bound to or read from a column.
  enum Value: Equatable {
    case integer(Int64)
    case text(String)
    case null
  }

  /// A failed SQLite call: the library's message and the statement it came from.
  struct Failure: Error, Equatable {
    let message: String
    let statement: String
  }

  private let handle: OpaquePointer

  /// Opens (creating if needed) the database file at `path`.
  init(path: String) throws(Failure) {
    var opened: OpaquePointer?
    let status = sqlite3_open_v2(
      path, &opened, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil)
    guard status == SQLITE_OK, let opened else {
      let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close(opened)
      throw Failure(message: message, statement: "open \(path)")
    }
    handle = opened
  }

  deinit { sqlite3_close(handle) }

  /// Runs one or more statements that take no parameters.
  func execute(_ sql: String) throws(Failure) {
    var error: UnsafeMutablePointer<CChar>?
    guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
      let message = error.map { String(cString: $0) } ?? lastMessage
      sqlite3_free(error)
      throw Failure(message: message, statement: sql)
    }
  }

  /// Runs one parameterised statement once per row, preparing it once.
  func run(_ sql: String, rows: [[Value]]) throws(Failure) {
    let statement = try prepare(sql)
    defer { sqlite3_finalize(statement) }
    for row in rows {
      sqlite3_reset(statement)
      sqlite3_clear_bindings(statement)
      for (index, value) in row.enumerated() {
        let position = Int32(index + 1)
        let status =
          switch value {
          case .integer(let number): sqlite3_bind_int64(statement, position, number)
          case .text(let text): sqlite3_bind_text(statement, position, text, -1, Self.transient)
          case .null: sqlite3_bind_null(statement, position)
          }
        guard status == SQLITE_OK else { throw Failure(message: lastMessage, statement: sql) }
      }
      guard sqlite3_step(statement) == SQLITE_DONE else {
        throw Failure(message: lastMessage, statement: sql)
      }
    }
  }

  /// Every row a query returns, integer and text columns as such, anything else as null.
  func rows(_ sql: String) throws(Failure) -> [[Value]] {
    let statement = try prepare(sql)
    defer { sqlite3_finalize(statement) }
    var result: [[Value]] = []
    while true {
      let status = sqlite3_step(statement)
      if status == SQLITE_DONE { return result }
      guard status == SQLITE_ROW else { throw Failure(message: lastMessage, statement: sql) }
      result.append(
        (0..<sqlite3_column_count(statement)).map { column in
          switch sqlite3_column_type(statement, column) {
          case SQLITE_INTEGER: .integer(sqlite3_column_int64(statement, column))
          case SQLITE_TEXT: .text(String(cString: sqlite3_column_text(statement, column)))
          default: .null
          }
        })
    }
  }

  private func prepare(_ sql: String) throws(Failure) -> OpaquePointer {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw Failure(message: lastMessage, statement: sql)
    }
    return statement
  }

  private var lastMessage: String { String(cString: sqlite3_errmsg(handle)) }

  /// SQLITE_TRANSIENT (a C macro Swift cannot import): SQLite copies the bound text at once.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
