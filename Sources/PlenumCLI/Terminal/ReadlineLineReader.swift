@preconcurrency import CReadline
import Foundation
import Synchronization

/// GNU readline on a terminal: line editing, history kept in the learner's folder, and Tab
/// completion of the corpus's names.
public final class ReadlineLineReader: LineReader {
  private let historyPath: String?

  /// Sets up readline; `historyPath` is created 0600 if missing and appended after each line.
  public init(historyPath: String?) {
    self.historyPath = historyPath
    rl_readline_name = UnsafePointer(strdup("plenum"))
    rl_attempted_completion_function = plenumAttemptCompletion
    // Names contain spaces: the whole line is the word being completed.
    rl_completer_word_break_characters = UnsafePointer(strdup("\n"))
    using_history()
    stifle_history(1000)
    if let historyPath {
      let fd = open(historyPath, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if fd >= 0 { close(fd) }
      _ = read_history(historyPath)
    }
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
      print()
      return nil
    }
    defer { free(line) }
    let text = String(cString: line)
    if !text.allSatisfy(\.isWhitespace) {
      add_history(line)
      if let historyPath { _ = append_history(1, historyPath) }
    }
    return text
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
