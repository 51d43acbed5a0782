import ArgumentParser
import Foundation
import PlenumProgress
import PlenumScheduling

/// `plenum settings`: show or change a learner's scheduling settings.
struct Settings: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Show or change a learner's settings (retention, steps, new cards per day, scheduler).")

  @Option(help: "Desired retention, 0.70 to 0.99.")
  var retention: Double?

  @Option(help: "New cards per day.")
  var new: Int?

  @Option(help: "Learning steps in minutes, comma-separated (e.g. 1,10).")
  var learningSteps: String?

  @Option(help: "Relearning steps in minutes, comma-separated (e.g. 10).")
  var relearningSteps: String?

  @Option(help: "Maximum interval in days.")
  var maximumInterval: Int?

  @Flag(help: "Forget fitted parameters and use the FSRS-6 defaults.")
  var resetWeights = false

  @OptionGroup var progress: ProgressOptions

  /// Values typed on the command line are checked here, so a mistake names the option
  /// (exit 64) rather than the settings file it would have been saved to.
  func validate() throws {
    if let retention, !(retention.isFinite && LearnerSettings.retentionRange.contains(retention)) {
      let hint = retention > 1 && retention < 100 ? " (a fraction: 0.85 means 85%)" : ""
      throw ValidationError(
        "--retention must be between 0.70 and 0.99\(hint); got \(retention.formatted()).")
    }
    if let new, !LearnerSettings.newCardsRange.contains(new) {
      throw ValidationError("--new must be from 0 to 10000; got \(new).")
    }
    if let maximumInterval, !LearnerSettings.maximumIntervalRange.contains(maximumInterval) {
      throw ValidationError(
        "--maximum-interval must be from 1 to 36500 days; got \(maximumInterval).")
    }
  }

  func run() throws {
    var learner = try LearnerContext.open(
      progress, environment: ProcessInfo.processInfo.environment)
    var settings = learner.settings
    let changing =
      retention != nil || new != nil || learningSteps != nil || relearningSteps != nil
      || maximumInterval != nil || resetWeights || progress.scheduler != nil
    if let retention { settings.desiredRetention = retention }
    if let new { settings.newCardsPerDay = new }
    if let learningSteps {
      settings.learningStepsMinutes = try Self.minutes(learningSteps, flag: "--learning-steps")
    }
    if let relearningSteps {
      settings.relearningStepsMinutes = try Self.minutes(
        relearningSteps, flag: "--relearning-steps")
    }
    if let maximumInterval { settings.maximumIntervalDays = maximumInterval }
    if resetWeights { settings.weights = nil }
    if let scheduler = progress.scheduler { settings.scheduler = scheduler.rawValue }
    if changing {
      let path = learner.folder + "/" + LearnerSettings.fileName
      do {
        try settings.validate(path: path)
        _ = try learner.log()  // creates the learner folder safely (0700, no symlinks)
        try settings.save(learnerFolder: learner.folder)
      } catch let error as ProgressError {
        throw LearnerLog.translate(error)
      }
      learner.apply(settings)
      Console.say("Saved \(path).")
    }
    Console.say(
      "Learner \(learner.learner): scheduler \(settings.scheduler), desired retention \(settings.desiredRetention), "
        + "\(settings.newCardsPerDay) new cards per day, learning steps \(Self.list(settings.learningStepsMinutes)) min, "
        + "relearning steps \(Self.list(settings.relearningStepsMinutes)) min, maximum interval \(settings.maximumIntervalDays) days, "
        + (settings.weights == nil
          ? "FSRS-6 default parameters." : "personal parameters (from 'plenum optimize')."))
  }

  static func minutes(_ text: String, flag: String) throws(PlenumError) -> [Double] {
    var values: [Double] = []
    for part in Generate.list(text) {
      guard let value = Double(part), value > 0, value.isFinite, value <= 1_440 * 365 else {
        throw PlenumError(
          "\(flag): '\(part)' is not a number of minutes from more than 0 to a year (525600).",
          .usage)
      }
      values.append(value)
    }
    return values
  }

  static func list(_ values: [Double]) -> String {
    values.isEmpty
      ? "none"
      : values.map { $0 == $0.rounded() ? String(Int($0)) : String($0) }.joined(separator: ", ")
  }
}
