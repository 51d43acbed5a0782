import ArgumentParser
import Foundation
import PlenumKit
import PlenumProgress
import PlenumScheduling

/// `plenum report`: a teacher's view of a class — each student's progress, the hardest cards
/// and the wrong answers given most often.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Report on a class: progress per student, hardest cards, common wrong answers.",
    discussion: """
      Each folder is a class folder with one folder per student (as the progress folder is), \
      or one student's folder holding reviews-*.jsonl files. Problems in a student's log are \
      reported on standard error and the bad lines skipped. Each student's log is folded with \
      the settings in their folder's settings.json (scheduler, personal parameters, steps), as \
      'plenum stats' folds it. PLENUM_NOW sets the time that "last active" is counted from.
      """)

  @Argument(help: "Class folders (one folder per student) or student folders.")
  var folders: [String]

  @Option(help: "A deck JSON file (default: the deck built from the embedded corpus).")
  var deck: String?

  @Flag(help: "Print JSON instead of tables.")
  var json = false

  @Option(
    help: ArgumentHelp("Also write the report as a self-contained HTML page.", valueName: "file"))
  var html: String?

  func validate() throws {
    if folders.isEmpty { throw ValidationError("Give at least one class or student folder.") }
  }

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let clock = try StudyClock.fromEnvironment(environment)
    let roster: [ClassRoster.Entry]
    do {
      roster = try ClassRoster.learners(in: folders)
    } catch {
      throw PlenumError(error)
    }
    let deck = try CorpusSource.deck(self.deck)
    let zone = TimeZone.current.identifier
    let settings = SchedulerSettings.defaults(timeZoneIdentifier: zone)
    // One learner at a time: read, count, let go, so a class of any size fits in memory.
    var tally = ClassReportBuilder(deck: deck, settings: settings).tally(now: clock.now)
    for entry in roster {
      let reading = ReviewLog.read(learnerFolder: entry.folder)
      for diagnostic in reading.diagnostics {
        Console.warn("\(entry.folder)/\(diagnostic)")
      }
      let scheduling = LearnerScheduling(
        Self.learnerSettings(folder: entry.folder), timeZoneIdentifier: zone)
      tally.add(
        ClassReportBuilder.Learner(name: entry.name, reading: reading, scheduling: scheduling))
    }
    let report = tally.report()
    if let html {
      let page = ClassReportHTML.render(report, title: "Class report: \(deck.title)")
      try OutputFile.write(Data(page.utf8), to: html)
      Console.note("Wrote \(html).")
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      Console.write(try encoder.encode(report) + Data("\n".utf8))
    } else {
      let style = TerminalStyle.detect(environment: environment)
      for line in ReportRenderer(style: style).render(report) { Console.say(rendered: line) }
    }
  }

  /// A student's own settings; with a settings file that cannot be read, the defaults, and
  /// a note on stderr (one student's bad file does not stop the class report).
  static func learnerSettings(folder: String) -> LearnerSettings {
    do {
      return try LearnerSettings.load(learnerFolder: folder)
    } catch {
      Console.warn("\(error) The report folds this student's log with the default settings.")
      return LearnerSettings()
    }
  }
}
