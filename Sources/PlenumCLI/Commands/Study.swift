import ArgumentParser
import Foundation
import PlenumKit

/// `plenum study [--deck FILE]`: the study loop (also what `plenum` alone runs).
struct Study: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Study due and new cards at a prompt (the default command).")

  @OptionGroup var deck: DeckChoice

  @Option(help: "New cards per day (default: the learner's setting, else 20).")
  var new: Int?

  @OptionGroup var progress: ProgressOptions

  func validate() throws {
    if let new, new < 0 { throw ValidationError("--new must be 0 or more; got \(new).") }
    if let word = deck.positionalDeck, let command = Self.mistypedCommand(word) {
      let message: ConsoleText =
        "'\(word)' is neither a command nor a deck file; did you mean '\(command)'? "
        + "See 'plenum --help' for the commands."
      throw ValidationError(message.text)
    }
  }

  /// The command `word` is probably a typo of: `plenum stuty` reaches here as a deck path
  /// (study is the default command). Only a bare word that is not a file and is within two
  /// edits of a command name counts, so a real deck path is never second-guessed.
  static func mistypedCommand(_ word: String) -> String? {
    guard !word.isEmpty, !word.contains("/"), !word.contains("."),
      !FileManager.default.fileExists(atPath: word)
    else { return nil }
    let names =
      Plenum.configuration.subcommands.map {
        $0.configuration.commandName ?? String(describing: $0).lowercased()
      } + ["help"]
    let lowered = word.lowercased()
    let scored = names.map { ($0, EditDistance.damerau(lowered, $0, limit: 3)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= min(2, max(1, word.count / 3))
    else { return nil }
    return best.0
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let clock = try StudyClock.fromEnvironment(environment)
    let learner = try LearnerContext.open(progress, environment: environment)
    let (deck, hangul) = try CorpusSource.deckWithHangul(self.deck.path)
    learner.noteNewLearner()
    let log = try learner.log()
    let interactive = isatty(STDIN_FILENO) == 1
    let reader: any LineReader =
      interactive ? ReadlineLineReader(historyPath: learner.historyPath) : PlainLineReader()
    let style = TerminalStyle.detect(environment: environment)
    let session = StudySession(
      configuration: .init(
        deck: deck, settings: learner.schedulerSettings, kind: learner.kind,
        newPerDay: new ?? learner.newPerDay),
      log: log, clock: RunningStudyClock(clock), reader: reader,
      output: SessionOutput(style: style), hangul: hangul)
    try session.run()
  }
}
