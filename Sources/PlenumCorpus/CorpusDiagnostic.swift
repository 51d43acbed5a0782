/// One problem found in a corpus file, located like a compiler diagnostic.
///
/// `description` is `file:line:column: error: message`; when the loader knows the offending
/// line (and it is at most 200 characters long) two more lines follow: that line, with control
/// characters shown as `�`, and a caret under the column. Lines and columns start at 1;
/// columns count Unicode scalars, as libyaml does.
public struct CorpusDiagnostic: Error, Hashable, Sendable, CustomStringConvertible {
  /// Whether the problem stops the corpus from loading.
  public enum Severity: String, Hashable, Sendable {
    case error, warning
  }

  public var file: String
  public var line: Int
  public var column: Int
  public var severity: Severity
  /// What is wrong and what to do, without the location prefix.
  public var message: String
  /// The text of the offending line, when known; shown under the message with a caret.
  public var sourceLine: String?

  /// Makes a diagnostic; `sourceLine` is usually attached later by the loader.
  public init(
    file: String, line: Int, column: Int, severity: Severity = .error, message: String,
    sourceLine: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
    self.sourceLine = sourceLine
  }

  /// `file:line:column: severity: message`, without the source line.
  public var headline: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }

  public var description: String {
    guard let sourceLine, sourceLine.unicodeScalars.count <= 200 else { return headline }
    let shown = String(String.UnicodeScalarView(sourceLine.unicodeScalars.map(Self.printable)))
    var caret = ""
    for scalar in sourceLine.unicodeScalars.prefix(max(0, column - 1)) {
      caret += scalar == "\t" ? "\t" : String(repeating: " ", count: Self.displayWidth(scalar))
    }
    return headline + "\n" + shown + "\n" + caret + "^"
  }

  /// Control and direction-override characters would garble a terminal; show them as `�`.
  private static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    scalar == "\t" || !CorpusTextRules.isForbidden(scalar) ? scalar : "\u{FFFD}"
  }

  /// Terminal columns a scalar takes: 0 for combining marks, 2 for East Asian wide characters.
  static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x20000...0x3FFFD:
      return 2
    default: return 1
    }
  }
}

extension [CorpusDiagnostic] {
  /// The diagnostics in file order; ties keep the order they were found in.
  func sortedByPosition() -> [CorpusDiagnostic] {
    enumerated().sorted { a, b in
      (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
    }.map(\.element)
  }
}
