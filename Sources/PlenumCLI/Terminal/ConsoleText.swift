/// A line (or lines) for the terminal in which only this program's own words are trusted.
///
/// The literal parts of a `ConsoleText` are the program's; every interpolated value is
/// untrusted (file names, corpus and deck text, learner names, log contents) and passes
/// through `TerminalText.safe` as it is interpolated, so a message is cleaned exactly once
/// and no call site has to remember to. `\(lines: text)` keeps the value's newlines (corpus
/// diagnostics, lint reports); `\(text)` turns them into spaces, so a file name can never
/// start a line of its own. A `ConsoleText` interpolated into another is already clean.
public struct ConsoleText: Sendable, Equatable, CustomStringConvertible,
  ExpressibleByStringInterpolation
{
  /// The clean text.
  public private(set) var text: String

  public init(stringLiteral value: String) { text = value }

  public init(stringInterpolation: Interpolation) { text = stringInterpolation.text }

  /// Untrusted text, cleaned (newlines kept when `keepNewlines`).
  public init(untrusted value: String, keepNewlines: Bool = false) {
    text = TerminalText.safe(value, keepNewlines: keepNewlines)
  }

  public var description: String { text }

  public static func + (lhs: ConsoleText, rhs: ConsoleText) -> ConsoleText {
    var result = lhs
    result.text += rhs.text
    return result
  }

  public struct Interpolation: StringInterpolationProtocol {
    var text = ""

    public init(literalCapacity: Int, interpolationCount: Int) {
      text.reserveCapacity(literalCapacity)
    }

    /// The program's own words.
    public mutating func appendLiteral(_ literal: String) { text += literal }

    /// Untrusted text (anything printable), cleaned on one line.
    public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
      text += TerminalText.safe(value.description)
    }

    /// Untrusted text whose own line breaks are kept.
    public mutating func appendInterpolation(lines value: String) {
      text += TerminalText.safe(value, keepNewlines: true)
    }

    /// Text that is already clean.
    public mutating func appendInterpolation(_ value: ConsoleText) { text += value.text }
  }
}
