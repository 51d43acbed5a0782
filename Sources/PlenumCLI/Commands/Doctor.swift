import ArgumentParser
import Foundation
import PlenumProgress

/// `plenum doctor`: lists every problem in a learner's progress, changing nothing.
struct Doctor: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a learner's progress files and list every problem (nothing is changed).",
    discussion: """
      Exit status: 0 when the log is clean, 65 when problems were found. With --repair, lines       no plenum can read (cut off, not JSON, not a record) are moved to '<log file>.bad' beside       the log, never deleted; the exit status is then that of the log as it is left.
      """)

  @OptionGroup var deck: DeckChoice

  @Flag(help: "Move unreadable lines to a side file '<log file>.bad' (nothing is deleted).")
  var repair = false

  @OptionGroup var progress: ProgressOptions

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let learner = try LearnerContext.open(progress, environment: environment)
    try learner.checkFolderForReading()
    try learner.checkLearnerExists()
    guard FileManager.default.fileExists(atPath: learner.folder) else {
      Console.say(
        "No progress yet for '\(learner.learner)' in \(learner.root)."
      )
      return
    }
    let deck = try CorpusSource.deck(self.deck.path)
    if repair {
      let moved: [LogRepair.Moved]
      do {
        moved = try LogRepair.repair(learnerFolder: learner.folder)
      } catch {
        throw LearnerLog.translate(error)
      }
      for item in moved {
        let count = item.lines.count
        Console.say(
          "Moved \(count) unreadable line\(count == 1 ? "" : "s") of \(item.file) "
            + "(line\(count == 1 ? "" : "s") \(item.lines.map(String.init).joined(separator: ", "))) "
            + "to \(item.sideFile); nothing was deleted.")
      }
      if moved.isEmpty { Console.say("No unreadable lines to move.") }
    }
    let reading = ReviewLog.read(learnerFolder: learner.folder)
    var problems: [ConsoleText] =
      (reading.diagnostics + SharedDeviceCheck.diagnostics(learnerFolder: learner.folder))
      .map { "\($0)" }
    let now = LearnerLog.milliseconds(try StudyClock.fromEnvironment(environment).now)
    problems += ReviewDateCheck.problems(reading.reviews, now: now).map {
      "\($0)."
    }
    let known = Set(deck.cards.map(\.id))
    let stray = reading.reviews.filter { !known.contains($0.card) }
    let strayCards = Set(stray.map(\.card)).sorted()
    if !strayCards.isEmpty {
      let sample = strayCards.prefix(5).joined(separator: ", ")
      problems.append(
        "\(stray.count) review\(stray.count == 1 ? " is" : "s are") for \(strayCards.count) card\(strayCards.count == 1 ? "" : "s") "
          + "not in the deck '\(deck.id)' (\(sample)\(strayCards.count > 5 ? ", …" : "")); "
          + "they are kept in the log and ignored while studying this deck.")
    }
    let files =
      (try? FileManager.default.contentsOfDirectory(atPath: learner.folder))?
      .filter { $0.hasPrefix("reviews-") && $0.hasSuffix(".jsonl") }.count ?? 0
    let summary: ConsoleText =
      "\(reading.reviews.count) review\(reading.reviews.count == 1 ? "" : "s") and "
      + "\(reading.undos.count) undo\(reading.undos.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s") under \(learner.folder)"
    if problems.isEmpty {
      Console.say("No problems: \(summary).")
      return
    }
    Console.say("\(problems.count) problem\(problems.count == 1 ? "" : "s") (\(summary)):")
    for problem in problems { Console.say("  " + problem) }
    if repair {
      Console.say("Nothing was deleted; the problems left are not unreadable lines.")
    } else {
      Console.say("Nothing was changed or deleted; every readable review is still used.")
      if reading.diagnostics.contains(where: LogRepair.moves) {
        Console.say(
          "'plenum doctor --repair' moves the unreadable lines to a side file, deleting nothing.")
      }
    }
    throw PlenumError.quiet(.badData)
  }
}
