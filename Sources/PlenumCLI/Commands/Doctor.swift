import ArgumentParser
import Foundation
import PlenumKit
import PlenumProgress

/// `plenum doctor`: lists every problem in a learner's progress, changing nothing.
struct Doctor: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a learner's progress files and list every problem (nothing is changed).",
    discussion: """
      Exit status: 0 when the log is clean, 65 when problems were found. With --repair, lines       no plenum can read (cut off, not JSON, not a record) are moved to '<log file>.bad' beside       the log, never deleted; the exit status is then that of the log as it is left.
      """)

  @Argument(help: "A deck JSON file to check card ids against (default: the embedded deck).")
  var deck: String?

  @Flag(help: "Move unreadable lines to a side file '<log file>.bad' (nothing is deleted).")
  var repair = false

  @OptionGroup var progress: ProgressOptions

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let learner = try LearnerContext.open(progress, environment: environment)
    try learner.checkFolderForReading()
    try learner.checkLearnerExists()
    guard FileManager.default.fileExists(atPath: learner.folder) else {
      print(
        "No progress yet for '\(TerminalText.safe(learner.learner))' in \(TerminalText.safe(learner.root))."
      )
      return
    }
    let deck = try CorpusSource.deck(self.deck)
    if repair {
      let moved: [LogRepair.Moved]
      do {
        moved = try LogRepair.repair(learnerFolder: learner.folder)
      } catch {
        throw LearnerLog.translate(error)
      }
      for item in moved {
        let count = item.lines.count
        print(
          "Moved \(count) unreadable line\(count == 1 ? "" : "s") of \(TerminalText.safe(item.file)) "
            + "(line\(count == 1 ? "" : "s") \(item.lines.map(String.init).joined(separator: ", "))) "
            + "to \(TerminalText.safe(item.sideFile)); nothing was deleted.")
      }
      if moved.isEmpty { print("No unreadable lines to move.") }
    }
    let reading = ReviewLog.read(learnerFolder: learner.folder)
    var problems =
      (reading.diagnostics + SharedDeviceCheck.diagnostics(learnerFolder: learner.folder))
      .map { TerminalText.safe($0.description) }
    let now = LearnerLog.milliseconds(try StudyClock.fromEnvironment(environment).now)
    problems += ReviewDateCheck.problems(reading.reviews, now: now).map {
      TerminalText.safe($0) + "."
    }
    let stray = StrayReviews(reading.reviews, deck: deck)
    let strayCards = stray.cards
    if !stray.isEmpty {
      let sample = strayCards.prefix(5).map { TerminalText.safe($0) }.joined(separator: ", ")
      problems.append(
        "\(stray.reviews) review\(stray.reviews == 1 ? " is" : "s are") for \(strayCards.count) card\(strayCards.count == 1 ? "" : "s") "
          + "not in the deck '\(TerminalText.safe(deck.id))' (\(sample)\(strayCards.count > 5 ? ", …" : "")); "
          + "they are kept in the log and ignored while studying this deck.")
    }
    let files = ReviewLog.logFileNames(in: learner.folder).count
    let summary =
      "\(reading.reviews.count) review\(reading.reviews.count == 1 ? "" : "s") and "
      + "\(reading.undos.count) undo\(reading.undos.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s") under \(TerminalText.safe(learner.folder))"
    if problems.isEmpty {
      print("No problems: \(summary).")
      return
    }
    print("\(problems.count) problem\(problems.count == 1 ? "" : "s") (\(summary)):")
    for problem in problems { print("  " + problem) }
    if repair {
      print("Nothing was deleted; the problems left are not unreadable lines.")
    } else {
      print("Nothing was changed or deleted; every readable review is still used.")
      if reading.diagnostics.contains(where: LogRepair.moves) {
        print(
          "'plenum doctor --repair' moves the unreadable lines to a side file, deleting nothing.")
      }
    }
    throw ExitCode(ExitStatus.badData)
  }
}
