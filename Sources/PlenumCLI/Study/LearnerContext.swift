import Foundation
import PlenumKit
import PlenumScheduling

/// The learner a command works for: where their progress lives and their settings.
struct LearnerContext {
  let root: String
  let learner: String
  /// The learner's saved settings (defaults when there is no settings file).
  var settings: LearnerSettings
  var schedulerSettings: SchedulerSettings
  var kind: SchedulerKind

  var newPerDay: Int { settings.newCardsPerDay }

  /// The learner's folder (may not exist yet).
  var folder: String { root + "/" + learner }
  var historyPath: String { folder + "/history" }

  /// Resolves the progress root, validates the learner name and reads their settings;
  /// creates nothing.
  static func open(_ options: ProgressOptions, environment: [String: String]) throws(PlenumError)
    -> LearnerContext
  {
    let learner: String
    do {
      learner = try LearnerName.validate(options.learner)
    } catch {
      throw PlenumError(TerminalText.safe(error.description), code: ExitStatus.badLearner)
    }
    if let variable = environment["PLENUM_PROGRESS"], variable.isEmpty,
      options.progressFolder == nil
    {
      throw PlenumError(
        "PLENUM_PROGRESS is set but empty; give it a folder or unset it.",
        code: ExitStatus.badEnvironment)
    }
    let root = ProgressLocation.resolve(
      explicit: options.progressFolder, environment: environment,
      currentDirectory: FileManager.default.currentDirectoryPath
    ).path
    var context = LearnerContext(
      root: root, learner: learner, settings: LearnerSettings(),
      schedulerSettings: .defaults(timeZoneIdentifier: TimeZone.current.identifier),
      kind: .fsrs)
    try context.loadSettings()
    if let scheduler = options.scheduler { context.kind = scheduler }
    return context
  }

  /// For commands that only read: the learner folder is a real folder, or absent.
  func checkFolderForReading() throws(PlenumError) {
    do {
      try ReviewLog.checkLearnerFolder(folder)
    } catch {
      throw PlenumError(TerminalText.safe(error.description), code: ExitStatus.badData)
    }
  }

  /// Reads the learner's log without writing anything (stats, export, optimizer): the
  /// folder must be real, and every problem found is reported on stderr.
  func readLog() throws(PlenumError) -> LogReading {
    try checkFolderForReading()
    let reading = ReviewLog.read(learnerFolder: folder)
    LearnerLog.report(reading.diagnostics)
    return reading
  }

  /// Opens the learner's log for writing (creates the folder 0700 on first use).
  func log() throws(PlenumError) -> LearnerLog {
    do {
      return LearnerLog(try ReviewLog(root: root, learner: learner))
    } catch {
      throw LearnerLog.translate(error)
    }
  }

  /// Reads `settings.json` from the learner's folder, if there is one.
  mutating func loadSettings() throws(PlenumError) {
    do {
      settings = try LearnerSettings.load(learnerFolder: folder)
    } catch {
      throw LearnerLog.translate(error)
    }
    apply(settings)
  }

  /// Maps the stored settings onto the scheduler's.
  mutating func apply(_ settings: LearnerSettings) {
    self.settings = settings
    schedulerSettings.desiredRetention = settings.desiredRetention
    schedulerSettings.learningSteps = settings.learningStepsMinutes.map { $0 * 60 }
    schedulerSettings.relearningSteps = settings.relearningStepsMinutes.map { $0 * 60 }
    schedulerSettings.maximumInterval = settings.maximumIntervalDays
    if let weights = settings.weights, weights.count == FSRSWeights.count {
      schedulerSettings.weights = FSRSWeights(unchecked: weights)
    }
    kind = SchedulerKind(rawValue: settings.scheduler) ?? .fsrs
  }

  /// The settings as `plenum stats` shows them.
  var statsSettings: StatsSettings {
    StatsSettings(
      desiredRetention: schedulerSettings.desiredRetention,
      learningSteps: schedulerSettings.learningSteps,
      relearningSteps: schedulerSettings.relearningSteps,
      maximumInterval: schedulerSettings.maximumInterval, newPerDay: newPerDay,
      scheduler: kind.rawValue)
  }
}
