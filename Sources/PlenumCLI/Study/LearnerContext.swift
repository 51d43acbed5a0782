import Foundation
import PlenumKit
import PlenumProgress
import PlenumScheduling

/// The learner a command works for: where their progress lives and their settings.
struct LearnerContext {
  let root: String
  /// What chose `root` (for saying where progress is kept).
  let origin: ProgressLocation.Origin
  let learner: String
  /// The learner's saved settings (defaults when there is no settings file).
  var settings: LearnerSettings
  var schedulerSettings: SchedulerSettings
  var kind: SchedulerKind
  /// The environment the command runs in (device id, lock wait).
  var environment: [String: String] = [:]

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
      throw PlenumError(error)
    }
    if let variable = environment["PLENUM_PROGRESS"], variable.isEmpty,
      options.progressFolder == nil
    {
      throw PlenumError(
        "PLENUM_PROGRESS is set but empty; give it a folder or unset it.", .badEnvironment)
    }
    if options.progressFolder == "" {
      throw PlenumError(
        "--progress is empty; give it a folder or leave the option out for the default.", .usage)
    }
    let location = ProgressLocation.resolve(
      explicit: options.progressFolder, environment: environment,
      currentDirectory: FileManager.default.currentDirectoryPath)
    if location.origin == .home, ProgressLocation.homeFolder(environment: environment) == nil {
      throw PlenumError(
        "HOME is not set and this user has no home folder, so there is no default place for "
          + "progress; set HOME, XDG_DATA_HOME or PLENUM_PROGRESS, or pass --progress.",
        .badEnvironment)
    }
    let root = location.path
    var context = LearnerContext(
      root: root, origin: location.origin, learner: learner, settings: LearnerSettings(),
      schedulerSettings: .defaults(timeZoneIdentifier: TimeZone.current.identifier),
      kind: .fsrs)
    context.environment = environment
    try context.loadSettings()
    if let scheduler = options.scheduler { context.kind = scheduler }
    return context
  }

  /// For commands that only read: the learner folder is a real folder, or absent.
  func checkFolderForReading() throws(PlenumError) {
    do {
      try ReviewLog.checkLearnerFolder(folder)
    } catch {
      // Only reading: a folder that is not one is bad data here, not a place that cannot be
      // written (the category `ProgressError` has when a command writes).
      let category: FailureCategory =
        if case .unreadableFolder = error.kind { .noInput } else { .badData }
      throw PlenumError("\(error)", category)
    }
  }

  /// The other learners of the progress root (folder names, byte order).
  func knownLearners() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    return names.filter { name in
      var isFolder: ObjCBool = false
      return !name.hasPrefix(".") && name != learner
        && FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isFolder)
        && isFolder.boolValue
    }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// For commands that only read: a learner with no folder while others have one is most
  /// likely a typo, refused (66) with the known names; with no learner at all, there is
  /// simply no progress yet.
  func checkLearnerExists() throws(PlenumError) {
    guard !FileManager.default.fileExists(atPath: folder) else { return }
    let known = knownLearners()
    guard !known.isEmpty else { return }
    throw PlenumError(
      "No such learner '\(learner)' in \(root); known: "
        + "\(KnownNames.closest(to: learner, in: known)). Check --learner.", .noInput)
  }

  /// For study: a new learner is fine, but say so when others exist (a typo makes a new one).
  func noteNewLearner() {
    guard !FileManager.default.fileExists(atPath: folder) else { return }
    let known = knownLearners()
    guard !known.isEmpty else { return }
    Console.warn(
      "starting a new learner '\(learner)' (known: \(KnownNames.closest(to: learner, in: known))).")
  }

  /// Reads the learner's log without writing anything (stats, export, optimizer): the
  /// folder must be real, and every problem found is reported on stderr.
  func readLog() throws(PlenumError) -> LogReading {
    try checkFolderForReading()
    try checkLearnerExists()
    let reading = ReviewLog.read(learnerFolder: folder)
    LearnerLog.report(reading.diagnostics)
    return reading
  }

  /// Opens the learner's log for writing (creates the folder 0700 on first use), as this
  /// installation's device, waiting for another process's lock with a message.
  func log() throws(PlenumError) -> LearnerLog {
    do {
      try ReviewLog.createFolder(root: root, learner: learner)
    } catch {
      throw LearnerLog.translate(error)
    }
    let device = try deviceID()
    let log: ReviewLog
    do {
      log = try ReviewLog(root: root, learner: learner, deviceID: device)
    } catch {
      throw LearnerLog.translate(error)
    }
    let seconds = try lockTimeout()
    log.lockWait = LearnerLock.Wait(timeout: .seconds(seconds)) { path in
      Console.warn(
        "waiting up to \(seconds) second\(seconds == 1 ? "" : "s") for another plenum process to release "
          + "\(path)…")
    }
    return LearnerLog(log)
  }

  /// `PLENUM_DEVICE` when set (tests, or a deliberate choice), else the id kept in the data
  /// folder's `.device`, drawn on first use.
  func deviceID() throws(PlenumError) -> String {
    if let override = environment["PLENUM_DEVICE"] {
      guard DeviceIdentity.isSafeName(override) else {
        throw PlenumError(
          "PLENUM_DEVICE is '\(override)', which cannot name a log file; "
            + "use 1 to 64 letters, digits, '-' or '_', or unset it.", .badEnvironment)
      }
      return override
    }
    var randomness = SystemRandomness()
    do {
      return try DeviceIdentity.installationID(
        dataFolder: ProgressLocation.dataFolder(environment: environment) ?? root,
        generator: &randomness)
    } catch {
      throw LearnerLog.translate(error)
    }
  }

  /// `PLENUM_LOCK_TIMEOUT` in whole seconds (default 30).
  private func lockTimeout() throws(PlenumError) -> Int {
    guard let text = environment["PLENUM_LOCK_TIMEOUT"] else { return 30 }
    guard let seconds = Int(text), (1...3600).contains(seconds) else {
      throw PlenumError(
        "PLENUM_LOCK_TIMEOUT is '\(text)'; give a whole number of seconds "
          + "from 1 to 3600, or unset it for 30.", .badEnvironment)
    }
    return seconds
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

  /// Maps the stored settings onto the scheduler's (`LearnerScheduling`, the one mapping).
  mutating func apply(_ settings: LearnerSettings) {
    self.settings = settings
    let scheduling = LearnerScheduling(settings, timeZoneIdentifier: TimeZone.current.identifier)
    schedulerSettings = scheduling.settings
    kind = scheduling.kind
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
