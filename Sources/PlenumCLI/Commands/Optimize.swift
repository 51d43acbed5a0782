import ArgumentParser
import Foundation
import PlenumProgress
import PlenumScheduling

/// `plenum optimize`: fits the FSRS-6 parameters to a learner's own review log.
struct Optimize: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Fit the FSRS-6 parameters to a learner's reviews; saved only when they predict better.")

  @Flag(help: "Fit and report, but do not save.")
  var dryRun = false

  @OptionGroup var progress: ProgressOptions

  func run() throws {
    var learner = try LearnerContext.open(
      progress, environment: ProcessInfo.processInfo.environment)
    let reading = try learner.readLog()
    let input = Self.history(reading.reviews, policy: learner.schedulerSettings.dayPolicy)
    let report: OptimizerReport
    do {
      report = try FSRSOptimizer.fit(input, starting: learner.schedulerSettings.weights)
    } catch {
      throw PlenumError(error)
    }
    if let reason = report.notFitted {
      Console.say("Not fitted: \(reason.description) The current parameters stay.")
      return
    }
    Console.say("Fitted on \(report.reviewsUsed) reviews of \(report.cardsUsed) cards.")
    Console.say(
      rendered: String(
        format: "  log loss:   %.4f before, %.4f after", report.logLossBefore, report.logLossAfter))
    Console.say(
      rendered: String(
        format: "  RMSE(bins): %.4f before, %.4f after", report.rmseBinsBefore, report.rmseBinsAfter
      ))
    guard report.improved else {
      Console.say("The fitted parameters predict no better; the current parameters stay.")
      return
    }
    guard !dryRun else {
      Console.say("Better, but not saved (--dry-run).")
      return
    }
    var settings = learner.settings
    settings.weights = report.fittedWeights.values
    do {
      try settings.save(learnerFolder: learner.folder)
    } catch {
      throw LearnerLog.translate(error)
    }
    learner.apply(settings)
    Console.say(
      "Saved the personal parameters in \(learner.folder)/\(LearnerSettings.fileName)."
    )
  }

  /// Each card's reviews in time order with whole days since the previous one (0 first).
  static func history(_ reviews: [ReviewRecord], policy: DayPolicy) -> OptimizerInput {
    var byCard: [String: [ReviewRecord]] = [:]
    for review in reviews { byCard[review.card, default: []].append(review) }
    let cards = byCard.keys.sorted().map { id -> [ReviewHistoryItem] in
      var previous: Int64?
      return byCard[id]!.map { review in
        let days =
          previous.map {
            policy.elapsedDays(
              from: LogTimestamp.date($0), to: review.date)
          } ?? 0
        previous = review.at
        return ReviewHistoryItem(elapsedDays: max(0, days), rating: review.rating)
      }
    }
    return OptimizerInput(cards: cards)
  }
}
