import ArgumentParser
import Foundation
import PlenumKit

/// `plenum stats`: a learner's progress, as charts or JSON.
struct Stats: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Show a learner's progress: reviews per day, retention, forecast, weak topics.")

  @Argument(help: "A deck JSON file (default: the deck built from the embedded corpus).")
  var deck: String?

  @Option(help: "Days of history to chart, 1 to 366.")
  var days: Int = 30

  @Flag(help: "Print JSON instead of charts.")
  var json = false

  @OptionGroup var progress: ProgressOptions

  func validate() throws {
    if !(1...366).contains(days) {
      throw ValidationError("--days must be between 1 and 366; got \(days).")
    }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let clock = try StudyClock.fromEnvironment(environment)
    let learner = try LearnerContext.open(progress, environment: environment)
    let deck = try CorpusSource.deck(self.deck)
    let reading = try learner.readLog()
    var names: [String: String] = [:]
    for entry in deck.names { names[entry.id] = entry.displayName }
    let builder = LearnerStatsBuilder(
      deck: deck, names: names, settings: learner.schedulerSettings, kind: learner.kind,
      statsSettings: learner.statsSettings)
    let stats = builder.build(records: reading.reviews, now: clock.now, days: days)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      FileHandle.standardOutput.write(try encoder.encode(stats) + Data("\n".utf8))
    } else {
      let style = TerminalStyle.detect(environment: environment)
      for line in StatsRenderer(style: style).render(
        stats, learner: learner.learner, location: learner.folder)
      {
        print(line)
      }
    }
  }
}
