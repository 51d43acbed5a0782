@preconcurrency import Foundation

/// Writes the session's lines to stdout, wrapped and styled, flushed at once so a piped or
/// killed session never loses an acknowledgement it printed.
final class SessionOutput {
  let style: TerminalStyle
  /// Where each finished line goes: the console, or a test's transcript.
  private let write: (String) -> Void

  init(style: TerminalStyle, write: @escaping (String) -> Void = { Console.say(rendered: $0) }) {
    self.style = style
    self.write = write
  }

  /// Prints `text` wrapped to the terminal width.
  func say(
    _ text: ConsoleText, indent: Int = 0, hanging: Int? = nil, styled: (String) -> String = { $0 }
  ) {
    for line in TextWrapper.wrap(text.text, width: style.width, indent: indent, hanging: hanging) {
      emit(styled(line))
    }
  }

  /// Prints "✗ Wrong. The answer is …" wrapped, with only the verdict styled.
  func say(verdict: String, styled: (String) -> String, _ text: ConsoleText) {
    for (index, line) in TextWrapper.wrap(verdict + " " + text.text, width: style.width)
      .enumerated()
    {
      if index == 0, line.hasPrefix(verdict) {
        emit(styled(verdict) + line.dropFirst(verdict.count))
      } else {
        emit(line)
      }
    }
  }

  /// Prints "  label    text", the text wrapped in its own column.
  func sayColumn(_ label: String, _ text: String, labelWidth: Int = 9) {
    let padded = "  " + label + String(repeating: " ", count: max(1, labelWidth - label.count))
    let lines = TextWrapper.wrap(text, width: style.width - padded.count)
    for (index, line) in lines.enumerated() {
      emit((index == 0 ? padded : String(repeating: " ", count: padded.count)) + line)
    }
  }

  /// Prints a line as it is (for pre-styled or short lines).
  func emit(_ line: String = "") { write(line) }
}
