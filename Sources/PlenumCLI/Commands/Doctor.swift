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
    if repair { try Self.moveUnreadableLines(learnerFolder: learner.folder) }
    let reading = ReviewLog.read(learnerFolder: learner.folder)
    let now = LearnerLog.milliseconds(try StudyClock.fromEnvironment(environment).now)
    let problems = Self.problems(reading, learnerFolder: learner.folder, deck: deck, now: now)
    let summary = Self.summary(reading, learnerFolder: learner.folder)
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

  /// `--repair`: moves the lines no plenum can read to side files and says what moved.
  static func moveUnreadableLines(learnerFolder: String) throws(PlenumError) {
    let moved: [LogRepair.Moved]
    do {
      moved = try LogRepair.repair(learnerFolder: learnerFolder)
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

  /// Every problem of the log: unreadable lines, a cloned device, impossible dates, and
  /// reviews of cards that are not in `deck`.
  static func problems(_ reading: LogReading, learnerFolder: String, deck: Deck, now: Int64)
    -> [ConsoleText]
  {
    var problems: [ConsoleText] =
      (reading.diagnostics + SharedDeviceCheck.diagnostics(learnerFolder: learnerFolder))
      .map { "\($0)" }
    problems += ReviewDateCheck.problems(reading.reviews, now: now).map {
      "\($0)."
    }
    let stray = StrayReviews(reading.reviews, deck: deck)
    let strayCards = stray.cards
    if !stray.isEmpty {
      let sample = strayCards.prefix(5).joined(separator: ", ")
      problems.append(
        "\(stray.reviews) review\(stray.reviews == 1 ? " is" : "s are") for \(strayCards.count) card\(strayCards.count == 1 ? "" : "s") "
          + "not in the deck '\(deck.id)' (\(sample)\(strayCards.count > 5 ? ", …" : "")); "
          + "they are kept in the log and ignored while studying this deck.")
    }
    return problems
  }

  /// "3 reviews and 1 undo in 2 files under FOLDER".
  static func summary(_ reading: LogReading, learnerFolder: String) -> ConsoleText {
    let files = ReviewLog.logFileNames(in: learnerFolder).count
    return
      "\(reading.reviews.count) review\(reading.reviews.count == 1 ? "" : "s") and "
      + "\(reading.undos.count) undo\(reading.undos.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s") under \(learnerFolder)"
  }
}
