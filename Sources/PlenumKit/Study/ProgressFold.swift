import Foundation
import PlenumProgress
import PlenumScheduling

/// Folds a review log into card states: a pure function of the log and the settings, so
/// changing parameters, the scheduler or the day policy recomputes everything consistently.
public struct ProgressFold: Sendable {
  public let scheduler: ReviewScheduler

  public init(settings: SchedulerSettings, kind: SchedulerKind = .fsrs) {
    scheduler = ReviewScheduler(kind: kind, settings: settings)
  }

  /// States of every reviewed card; `events` must be in time order (the log reader sorts).
  public func fold(_ events: some Sequence<ReviewEvent>) -> [String: CardProgress] {
    // States by slot, one slot per card in order of first review: one hash of the card id per
    // review instead of two (look-up and store).
    var slots: [String: Int] = [:]
    var progress: [CardProgress] = []
    for event in events {
      if let slot = slots[event.card] {
        progress[slot] = self.progress(after: event, from: progress[slot])
      } else {
        slots[event.card] = progress.count
        progress.append(self.progress(after: event, from: nil))
      }
    }
    var states: [String: CardProgress] = [:]
    states.reserveCapacity(slots.count)
    for (card, slot) in slots { states[card] = progress[slot] }
    return states
  }

  /// States of every card of a log's reviews (`LogReading.reviews`: undone ones left out, in
  /// time order). Converted here, one at a time, so the loop is specialized: a lazy view made
  /// in another module would run generic code (a third of the fold of a million reviews).
  public func fold(records: [ReviewRecord]) -> [String: CardProgress] {
    fold(records.lazy.map { ReviewEvent(card: $0.card, at: $0.date, rating: $0.rating) })
  }

  /// Applies one more review (the study loop's incremental path).
  public func apply(_ event: ReviewEvent, to states: inout [String: CardProgress]) {
    states[event.card] = progress(after: event, from: states[event.card])
  }

  /// The card's state after `event`, from its state before (nil for a new card): what
  /// `apply` stores, for callers that keep states other than by card id.
  public func progress(after event: ReviewEvent, from previous: CardProgress?) -> CardProgress {
    let count = previous?.reviews ?? 0
    let schedule = scheduler.reviewed(
      previous?.schedule, rating: event.rating, at: event.at,
      fuzzKey: FuzzKey(cardID: event.card, reviewIndex: count))
    let lapse = event.rating == .again && previous?.isInReview == true
    return CardProgress(
      schedule: schedule, reviews: count + 1, lapses: (previous?.lapses ?? 0) + (lapse ? 1 : 0),
      firstReview: previous?.firstReview ?? event.at, lastRating: event.rating)
  }
}
