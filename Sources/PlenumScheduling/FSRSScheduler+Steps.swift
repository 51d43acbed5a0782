import Foundation

extension FSRSScheduler {
  /// The phase, step and wait after a review in learning or relearning (py-fsrs 6.3.2 rules).
  ///
  /// Again goes back to step 0. Hard repeats the current step, except on step 0 where it waits
  /// 1.5 × the only step, or the mean of the first two steps. Good moves to the next step, and
  /// from the last one to review. Easy, an empty step list, or a step past the end (after the
  /// steps were shortened) with any rating but Again, graduates to review.
  func afterStep(
    steps: [TimeInterval], current: Int, phase: CardPhase, rating: Rating, memory: MemoryState
  ) -> (CardPhase, Int?, Wait) {
    let graduate: (CardPhase, Int?, Wait) = (
      .review, nil, .days(nextIntervalDays(stability: memory.stability))
    )
    if steps.isEmpty || (current >= steps.count && rating != .again) {
      return graduate
    }
    switch rating {
    case .again:
      return (phase, 0, .seconds(steps[0]))
    case .hard:
      if current == 0 && steps.count == 1 {
        return (phase, current, .seconds(microseconds(steps[0] * 1.5)))
      }
      if current == 0 {
        return (phase, current, .seconds(microseconds((steps[0] + steps[1]) / 2)))
      }
      return (phase, current, .seconds(steps[current]))
    case .good:
      if current + 1 == steps.count { return graduate }
      return (phase, current + 1, .seconds(steps[current + 1]))
    case .easy:
      return graduate
    }
  }

  /// `seconds` rounded half to even to whole microseconds, as Python's timedelta arithmetic does.
  private func microseconds(_ seconds: TimeInterval) -> TimeInterval {
    (seconds * 1_000_000).rounded(.toNearestOrEven) / 1_000_000
  }
}
