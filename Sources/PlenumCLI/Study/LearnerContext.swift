import Foundation
import PlenumKit
import PlenumScheduling

/// The learner a command works for: where their progress lives and their settings.
struct LearnerContext {
  let root: String
  let learner: String
  var schedulerSettings: SchedulerSettings
  var newPerDay: Int

  /// The learner's folder (may not exist yet).
  var folder: String { root + "/" + learner }
  var historyPath: String { folder + "/history" }

  /// Resolves the progress root and validates the learner name; creates nothing.
  static func open(_ options: ProgressOptions, environment: [String: String]) throws(PlenumError)
    -> LearnerContext
  {
    let learner: String
    do {
      learner = try LearnerName.validate(options.learner)
    } catch {
      throw PlenumError(TerminalText.safe(error.description), code: ExitStatus.badLearner)
    }
    let root = try progressRoot(options.progressFolder, environment: environment)
    let timeZone = TimeZone.current.identifier
    var context = LearnerContext(
      root: root, learner: learner,
      schedulerSettings: .defaults(timeZoneIdentifier: timeZone), newPerDay: 20)
    try context.loadSettings()
    return context
  }

  /// `--progress` > `PLENUM_PROGRESS` > `./progress` in the project folder >
  /// `$XDG_DATA_HOME/plenum` > `~/.local/share/plenum`.
  static func progressRoot(_ explicit: String?, environment: [String: String]) throws(PlenumError)
    -> String
  {
    if let explicit, !explicit.isEmpty { return explicit }
    if let variable = environment["PLENUM_PROGRESS"] {
      guard !variable.isEmpty else {
        throw PlenumError(
          "PLENUM_PROGRESS is set but empty; give it a folder or unset it.",
          code: ExitStatus.badEnvironment)
      }
      return variable
    }
    let here = FileManager.default.currentDirectoryPath
    if isProjectFolder(here) { return here + "/progress" }
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/plenum" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/plenum"
  }

  /// The Plenum checkout: a Package.swift naming Plenum next to a progress/ folder.
  static func isProjectFolder(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path + "/progress", isDirectory: &isDirectory),
      isDirectory.boolValue,
      let manifest = FileManager.default.contents(atPath: path + "/Package.swift")
    else { return false }
    return String(decoding: manifest, as: UTF8.self).contains("name: \"Plenum\"")
  }

  /// Opens the learner's log for writing (creates the folder 0700 on first use).
  func log() throws(PlenumError) -> LearnerLog {
    do {
      return LearnerLog(try ReviewLog(root: root, learner: learner))
    } catch {
      throw LearnerLog.translate(error)
    }
  }

  mutating func loadSettings() throws(PlenumError) {}

  /// The settings as `plenum stats` shows them.
  var statsSettings: StatsSettings {
    StatsSettings(
      desiredRetention: schedulerSettings.desiredRetention,
      learningSteps: schedulerSettings.learningSteps,
      relearningSteps: schedulerSettings.relearningSteps,
      maximumInterval: schedulerSettings.maximumInterval, newPerDay: newPerDay, scheduler: "fsrs")
  }
}
