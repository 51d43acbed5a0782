@preconcurrency import Foundation

/// Standard output and standard error: every line `plenum` prints goes through here.
///
/// Lines are `ConsoleText`, so what came from outside the program (file names, corpus text,
/// learner names, log lines) was cleaned when it was put into the line; machine output (JSON,
/// CSV, a deck, an Anki package) is written as it is with `write(_:)`.
public enum Console {
  /// A line on standard output, flushed at once so a piped or killed process never loses a
  /// line it printed, and ordered with the lines written before it.
  public static func say(_ line: ConsoleText = "") { say(rendered: line.text) }

  /// A line built by a renderer, which cleans what it shows before measuring its width, and
  /// may carry the terminal's own styling.
  public static func say(rendered line: String) {
    fputs(line + "\n", stdout)
    fflush(stdout)
  }

  /// Lines of machine output (JSON, CSV, Markdown, a package) on standard output, unchanged.
  public static func write(_ data: Data) {
    fflush(stdout)
    FileHandle.standardOutput.write(data)
  }

  /// A line on standard error as it is (a warning that names its own source, "Wrote …").
  public static func note(_ line: ConsoleText) {
    fflush(stdout)
    FileHandle.standardError.write(Data((line.text + "\n").utf8))
  }

  /// A problem on standard error, prefixed "plenum: ".
  public static func warn(_ line: ConsoleText) {
    note("plenum: " + line)
  }

  /// Reports a failure the way every command does: "plenum: " and its sentence on standard
  /// error (nothing for a failure without one), and returns the exit code of its category.
  public static func report(_ failure: some CategorizedFailure) -> Int32 {
    let sentence =
      (failure as? PlenumError)?.message ?? ConsoleText(untrusted: failure.description)
    if !sentence.text.isEmpty { warn(sentence) }
    return failure.category.exitCode
  }
}
