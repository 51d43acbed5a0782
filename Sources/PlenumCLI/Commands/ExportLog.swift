import ArgumentParser
import Foundation
import PlenumKit
import PlenumProgress

/// `plenum export-log`: the review log as CSV for FSRS optimizers.
struct ExportLog: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export-log",
    abstract:
      "Write a learner's review log as CSV (card_id, review_time, review_rating, review_state, review_duration, elapsed_days)."
  )

  @Option(help: "Write to this file instead of standard output.")
  var out: String?

  @OptionGroup var progress: ProgressOptions

  func run() throws {
    let learner = try LearnerContext.open(
      progress, environment: ProcessInfo.processInfo.environment)
    let reading = try learner.readLog()
    let reviews = reading.reviews
    // The state before each review, from the same fold the study loop uses.
    let fold = ProgressFold(settings: learner.schedulerSettings, kind: learner.kind)
    var states: [String: CardProgress] = [:]
    var stateBefore: [ReviewID: Int] = [:]
    for review in reviews {
      stateBefore[review.id] =
        states[review.card].map { progress in
          if case .fsrs(let card) = progress.schedule { return card.phase.rawValue }
          return 2
        } ?? 0
      fold.apply(ReviewEvent(review), to: &states)
    }
    let policy = learner.schedulerSettings.dayPolicy
    let elapsedDays = { (previous: Int64, this: Int64) in
      policy.elapsedDays(
        from: LogTimestamp.date(previous), to: LogTimestamp.date(this))
    }
    // Card ids come from the log, which anyone who shares the folder can write: a CSV on a
    // terminal must not carry escape sequences (an id that needs cleaning is never a real one).
    let shown = reviews.map { review -> ReviewRecord in
      guard review.card.utf8.contains(where: { $0 < 0x20 || $0 >= 0x7F }) else { return review }
      var cleaned = review
      cleaned.card = TerminalText.safe(review.card)
      return cleaned
    }
    let csv = RevlogCSV.export(
      shown, state: { stateBefore[$0.id] ?? 0 }, elapsedDays: elapsedDays)
    guard let out else {
      Console.write(Data(csv.utf8))
      return
    }
    try OutputFile.write(Data(csv.utf8), to: out)
    Console.note("Wrote \(reviews.count) reviews to \(out).")
  }
}
