/// Where the study loop gets its lines: readline on a terminal, plain reads otherwise.
public protocol LineReader: AnyObject {
  /// The next line without its newline, or nil at end of input (Ctrl-D).
  func readLine(prompt: String) -> String?
  /// Keeps `line` in the line history: the session passes answers only, never ratings or
  /// commands, so the up arrow brings back what was typed as an answer.
  func remember(_ line: String)
  /// Words Tab may complete for the current question (empty: completion off).
  func setCompletions(_ words: [String])
}

/// Reads plain lines from standard input and prints no prompt, so piped sessions produce
/// only the app's own output.
public final class PlainLineReader: LineReader {
  public init() {}

  public func readLine(prompt: String) -> String? { Swift.readLine(strippingNewline: true) }

  public func remember(_ line: String) {}

  public func setCompletions(_ words: [String]) {}
}
