import Foundation

/// Colour and width decisions for one run: colour only on a TTY, never with NO_COLOR or on a
/// terminal that declares itself dumb (TERM=dumb: Emacs shells, some CI logs).
public struct TerminalStyle: Sendable {
  public var colour: Bool
  public var width: Int

  public init(colour: Bool, width: Int) {
    self.colour = colour
    self.width = width
  }

  /// Decides from the environment and whether stdout is a terminal.
  public static func detect(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> TerminalStyle
  {
    let tty = isatty(STDOUT_FILENO) == 1
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let dumb = environment["TERM"] == "dumb"
    return TerminalStyle(
      colour: tty && !noColor && !dumb, width: columns(environment: environment, tty: tty))
  }

  private static func columns(environment: [String: String], tty: Bool) -> Int {
    if let text = environment["COLUMNS"], let value = Int(text), value > 0 { return value }
    if tty {
      var size = winsize()
      if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
        return Int(size.ws_col)
      }
    }
    return 80
  }

  /// `text` wrapped to the width; the first line's `boldPrefix` (a heading) in bold.
  public func wrapped(
    _ text: String, boldPrefix: String = "", indent: Int = 0, hanging: Int? = nil
  ) -> [String] {
    TextWrapper.wrap(text, width: width, indent: indent, hanging: hanging).enumerated().map {
      index, line in
      let pad = String(repeating: " ", count: indent)
      guard index == 0, !boldPrefix.isEmpty, line.hasPrefix(pad + boldPrefix) else { return line }
      return pad + bold(boldPrefix) + line.dropFirst(pad.count + boldPrefix.count)
    }
  }

  public func green(_ s: String) -> String { paint(s, "32") }
  public func red(_ s: String) -> String { paint(s, "31") }
  public func yellow(_ s: String) -> String { paint(s, "33") }
  public func bold(_ s: String) -> String { paint(s, "1") }
  public func dim(_ s: String) -> String { paint(s, "2") }

  private func paint(_ s: String, _ code: String) -> String {
    colour ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
  }
}
