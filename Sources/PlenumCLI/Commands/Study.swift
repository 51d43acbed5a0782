import ArgumentParser
import Foundation
import PlenumKit

/// `plenum study [DECK]`: the study loop (also what `plenum` alone runs).
struct Study: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Study due and new cards at a prompt (the default command).")

  @Argument(help: "A deck JSON file (default: the deck built from the embedded corpus).")
  var deck: String?

  @Option(help: "New cards per day (default: the learner's setting, else 20).")
  var new: Int?

  @OptionGroup var progress: ProgressOptions

  func validate() throws {
    if let new, new < 0 { throw ValidationError("--new must be 0 or more; got \(new).") }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let clock = try StudyClock.fromEnvironment(environment)
    let learner = try LearnerContext.open(progress, environment: environment)
    let deck = try CorpusSource.deck(self.deck)
    let log = try learner.log()
    let interactive = isatty(STDIN_FILENO) == 1
    let reader: any LineReader =
      interactive ? ReadlineLineReader(historyPath: learner.historyPath) : PlainLineReader()
    let style = TerminalStyle.detect(environment: environment)
    let session = StudySession(
      configuration: .init(
        deck: deck, settings: learner.schedulerSettings, kind: learner.kind,
        newPerDay: new ?? learner.newPerDay),
      log: log, clock: clock, reader: reader, output: SessionOutput(style: style))
    try session.run()
  }
}
