import ArgumentParser
import Foundation
import PlenumKit

/// `plenum doctor`: lists every problem in a learner's progress, changing nothing.
struct Doctor: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a learner's progress files and list every problem (nothing is changed).",
    discussion: "Exit status: 0 when the log is clean, 65 when problems were found.")

  @Argument(help: "A deck JSON file to check card ids against (default: the embedded deck).")
  var deck: String?

  @OptionGroup var progress: ProgressOptions

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let learner = try LearnerContext.open(progress, environment: environment)
    try learner.checkFolderForReading()
    guard FileManager.default.fileExists(atPath: learner.folder) else {
      print(
        "No progress yet for '\(TerminalText.safe(learner.learner))' in \(TerminalText.safe(learner.root))."
      )
      return
    }
    let deck = try CorpusSource.deck(self.deck)
    let reading = ReviewLog.read(learnerFolder: learner.folder)
    var problems =
      (reading.diagnostics + SharedDeviceCheck.diagnostics(learnerFolder: learner.folder))
      .map { TerminalText.safe($0.description) }
    let known = Set(deck.cards.map(\.id))
    let stray = reading.reviews.filter { !known.contains($0.card) }
    let strayCards = Set(stray.map(\.card)).sorted()
    if !strayCards.isEmpty {
      let sample = strayCards.prefix(5).map { TerminalText.safe($0) }.joined(separator: ", ")
      problems.append(
        "\(stray.count) review\(stray.count == 1 ? " is" : "s are") for \(strayCards.count) card\(strayCards.count == 1 ? "" : "s") "
          + "not in the deck '\(TerminalText.safe(deck.id))' (\(sample)\(strayCards.count > 5 ? ", …" : "")); "
          + "they are kept in the log and ignored while studying this deck.")
    }
    let files =
      (try? FileManager.default.contentsOfDirectory(atPath: learner.folder))?
      .filter { $0.hasPrefix("reviews-") && $0.hasSuffix(".jsonl") }.count ?? 0
    let summary =
      "\(reading.reviews.count) review\(reading.reviews.count == 1 ? "" : "s") and "
      + "\(reading.undos.count) undo\(reading.undos.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s") under \(TerminalText.safe(learner.folder))"
    if problems.isEmpty {
      print("No problems: \(summary).")
      return
    }
    print("\(problems.count) problem\(problems.count == 1 ? "" : "s") (\(summary)):")
    for problem in problems { print("  " + problem) }
    print("Nothing was changed or deleted; every readable review is still used.")
    throw ExitCode(ExitStatus.badData)
  }
}
