@preconcurrency import CReadline
import Foundation
import Synchronization

/// GNU readline on a terminal: line editing, history kept in the learner's folder, and Tab
/// completion of the corpus's names.
public final class ReadlineLineReader: LineReader {
  private let history: HistoryFile?

  /// Sets up readline; `historyPath` is created 0600 if missing and appended after each
  /// answer. A history path that is a link or not a regular file is left alone, with a
  /// sentence on stderr.
  public init(historyPath: String?) {
    rl_readline_name = UnsafePointer(strdup("plenum"))
    rl_attempted_completion_function = plenumAttemptCompletion
    // Names contain spaces: the whole line is the word being completed.
    rl_completer_word_break_characters = UnsafePointer(strdup("\n"))
    using_history()
    stifle_history(Int32(HistoryFile.maximumLines))
    var history: HistoryFile?
    if let historyPath {
      switch HistoryFile.open(historyPath) {
      case .opened(let file):
        history = file
        for line in file.lines() { add_history(line) }
      case .refused(let problem):
        Console.warn(problem)
      }
    }
    self.history = history
    // Ctrl-C drops the line being typed; saved reviews are never touched by it.
    signal(SIGINT) { _ in
      write(STDOUT_FILENO, "\n", 1)
      rl_on_new_line()
      rl_replace_line("", 0)
      rl_redisplay()
    }
  }

  public func readLine(prompt: String) -> String? {
    guard let line = readline(prompt) else {
      Console.say()
      return nil
    }
    defer { free(line) }
    return String(cString: line)
  }

  public func remember(_ line: String) {
    guard !line.allSatisfy(\.isWhitespace) else { return }
    add_history(line)
    history?.append(line)
  }

  public func setCompletions(_ words: [String]) {
    completionWords.withLock { $0 = words }
  }
}

/// The words Tab may complete; readline's callbacks are C functions, so this is global.
private let completionWords = Mutex<[String]>([])
nonisolated(unsafe) private var completionMatches: [String] = []
nonisolated(unsafe) private var completionIndex = 0

/// Completes only after two typed characters, so Tab never lists every name.
private func plenumAttemptCompletion(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  rl_attempted_completion_over = 1
  guard let text else { return nil }
  guard strlen(text) >= 2 else { return nil }
  let prefix = String(cString: text).lowercased()
  completionMatches = completionWords.withLock { words in
    words.filter { $0.lowercased().hasPrefix(prefix) }
  }
  completionIndex = 0
  guard !completionMatches.isEmpty else { return nil }
  rl_completion_append_character = 0
  return rl_completion_matches(text) { _, state in
    if state == 0 { completionIndex = 0 }
    guard completionIndex < completionMatches.count else { return nil }
    let word = completionMatches[completionIndex]
    completionIndex += 1
    return strdup(word)
  }
}
