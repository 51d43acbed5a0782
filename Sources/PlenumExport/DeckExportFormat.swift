/// The formats `plenum generate --format` writes.
public enum DeckExportFormat: String, CaseIterable, Sendable {
  /// The deck itself (what `plenum study` reads).
  case json
  /// A printable quiz and a separate answer key.
  case markdown
  /// Anki's text import format with a GUID column (re-imports update notes).
  case anki
  /// An Anki package (.apkg).
  case apkg
  /// One row per card.
  case csv
}
