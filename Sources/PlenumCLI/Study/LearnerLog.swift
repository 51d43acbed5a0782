import Foundation
import PlenumKit
import PlenumProgress
import PlenumScheduling

/// The study session's view of the review log: review events in, durable records out, and
/// every log problem reported once on stderr.
final class LearnerLog {
  private let log: ReviewLog
  /// Where review ids come from (see `SystemRandomness`).
  private var randomness = SystemRandomness()
  /// This boot's tag, carried by every id written (see `SharedDeviceCheck`).
  private let writer = DeviceIdentity.currentWriterTag()
  /// Set when another process appended an undo: the caller must refold from scratch.
  private(set) var needsReload = false

  init(_ log: ReviewLog) { self.log = log }

  /// The learner's folder, where the reviews are kept.
  var folder: String { log.folder }

  /// All reviews not undone, in time order (for `ProgressFold.fold(records:)`).
  func reviews() throws(PlenumError) -> [ReviewRecord] {
    let reading = log.readAll()
    Self.report(reading.diagnostics)
    needsReload = false
    return reading.reviews
  }

  /// Reviews another process appended since the last read (undos force a reload).
  func newReviewEvents() throws(PlenumError) -> [ReviewEvent] {
    let (entries, diagnostics) = log.readNew()
    Self.report(diagnostics)
    var events: [ReviewEvent] = []
    for entry in entries {
      switch entry {
      case .review(let review): events.append(ReviewEvent(review))
      case .undo: needsReload = true
      }
    }
    return events
  }

  /// Appends a review durably and returns its id.
  func record(
    card: String, deck: String, at: Date, rating: Rating, form: ReviewForm, answer: String,
    verdict: Verdict, ms: Int
  ) throws(PlenumError) -> String {
    let id = ReviewID.tagged(writer: writer, using: &randomness)
    let review = ReviewRecord(
      id: id, card: card, deck: deck, at: Self.milliseconds(at), rating: rating, form: form,
      answer: answer, verdict: verdict, ms: ms)
    do {
      try log.append(review)
    } catch {
      throw Self.translate(error)
    }
    return id.description
  }

  /// The most recent review in the log that is not undone (by any session or device).
  func latestReview() -> ReviewRecord? {
    ReviewLog.read(learnerFolder: log.folder).reviews.last
  }

  /// Appends an undo record for a review.
  func undo(review: String, at: Date) throws(PlenumError) {
    do {
      try log.undo(
        reviewID: ReviewID(review), id: ReviewID.tagged(writer: writer, using: &randomness),
        at: Self.milliseconds(at))
    } catch {
      throw Self.translate(error)
    }
  }

  static func milliseconds(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
  }

  /// Prints each log problem once on stderr, as `plenum: file:line: …`.
  static func report(_ diagnostics: [LogDiagnostic]) {
    for diagnostic in diagnostics { Console.warn("\(diagnostic)") }
  }

  /// A progress failure, with the exit code its kind documents (see `ProgressError.category`).
  static func translate(_ error: ProgressError) -> PlenumError { PlenumError(error) }
}
