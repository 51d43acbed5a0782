import Testing

extension Tag {
  /// Slow suites that hammer one behaviour: killed processes, concurrent writers, many
  /// processes at once. `swift test --skip 'StressTests|ExternalTests'` leaves them out of a
  /// quick local run; CI runs everything.
  @Tag public static var stress: Self
  /// Suites that drive a program outside the project (Anki's importer, a headless Chromium,
  /// DuckDB); each says it was skipped when the program is missing.
  @Tag public static var external: Self
}
