/// Where each entry and field of a loaded corpus was written, so checks that run on the model
/// can still point at file:line:column.
///
/// Paths address the model, not the YAML: `actors[2]` is `corpus.actors[2]` (an entry that
/// could not be read at all takes no index), `actors[2].factions[0]` its first faction id,
/// `events[0].participants[1].actor`, `events[0].dates[1].date`, `actors[2].sources[0].source`.
/// A path names a value's position; a list's own path names where the list starts.
public struct CorpusMarks: Hashable, Sendable {
  /// A 1-based line and column (columns count Unicode scalars).
  public struct Position: Hashable, Sendable {
    public var line: Int
    public var column: Int

    /// A position at a 1-based `line` and `column`.
    public init(line: Int, column: Int) {
      self.line = line
      self.column = column
    }
  }

  /// The file name diagnostics use.
  public var fileName: String
  /// Position by model path.
  public private(set) var positions: [String: Position] = [:]

  /// An empty table; `validate` then places every diagnostic at line 1, column 1.
  public init(fileName: String) {
    self.fileName = fileName
  }

  /// The position recorded for `path`, if any.
  public subscript(path: String) -> Position? { positions[path] }

  /// Records where the value at `path` starts.
  public mutating func record(_ path: String, line: Int, column: Int) {
    positions[path] = Position(line: line, column: column)
  }

  /// The first recorded position among `paths`, else line 1, column 1.
  func position(_ paths: String...) -> Position {
    for path in paths {
      if let position = positions[path] { return position }
    }
    return Position(line: 1, column: 1)
  }
}
