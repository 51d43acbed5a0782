import Foundation

/// Simulates a learner whose memory follows FSRS-6 with hidden "true" parameters, reviewing
/// on the schedule the app's own `FSRSScheduler` sets with the py-fsrs defaults (learning steps
/// 1 m, 10 m; relearning 10 m; retention 0.9; no fuzz; rolling 24-hour days), each review
/// happening at the wait × U(0.8, 1.6) after the last. Used to test and benchmark the optimizer
/// against parameters known in advance.
public struct HistorySimulator: Sendable {
  /// The parameters of the simulated learner's memory.
  public var truth: FSRSWeights
  /// Number of cards; each is introduced at a random moment of the first year.
  public var cards: Int
  /// Length of the simulated period in days.
  public var days: Int = 730
  /// At most this many reviews per card.
  public var maximumReviews: Int = 40
  /// Seed of every random draw.
  public var seed: UInt64

  /// A simulator of `cards` cards whose memory follows `truth`.
  public init(truth: FSRSWeights, cards: Int, seed: UInt64) {
    self.truth = truth
    self.cards = cards
    self.seed = seed
  }

  /// The defaults, each scaled by U(0.8, 1.2), rounded to 4 decimals and kept within bounds.
  public static func perturbedTruth(seed: UInt64) -> FSRSWeights {
    var generator = SplitMix64(seed: seed)
    let values = FSRSWeights.defaults.values.enumerated().map { i, value in
      let scaled = ((value * (0.8 + 0.4 * generator.unit())) * 10_000).rounded() / 10_000
      return min(max(scaled, ParameterBounds.lower[i]), ParameterBounds.upper[i])
    }
    return FSRSWeights(unchecked: values)
  }

  /// The simulated log, one review sequence per card.
  public func simulate() -> OptimizerInput {
    var generator = SplitMix64(seed: seed)
    let mind = MemoryModel(truth.values)
    let app = FSRSScheduler(settings: .pyFSRS)
    let day = 86_400.0
    let end = Double(days) * day
    var log: [[ReviewHistoryItem]] = []
    log.reserveCapacity(cards)
    for _ in 0..<cards {
      var now = Double(generator.below(365 * 86_400))
      var last = now
      var truthState: (s: Double, d: Double) = (0, 0)
      var card: FSRSCard? = nil
      var history: [ReviewHistoryItem] = []
      while now < end && history.count < maximumReviews {
        let first = history.isEmpty
        let recallChance =
          first
          ? [0.3, 0.6, 0.9][generator.below(3)]
          : mind.retrievability(elapsed: (now - last) / day, stability: truthState.s)
        let rating: Rating
        if generator.unit() < recallChance {
          let draw = generator.below(90)
          rating = draw < 15 ? .hard : draw < 80 ? .good : .easy
        } else {
          rating = .again
        }
        let elapsed = first ? 0 : ((now - last) / day).rounded(.down)
        history.append(ReviewHistoryItem(elapsedDays: Int(elapsed), rating: rating))
        truthState = Self.advance(
          mind, truthState, first: first, elapsed: elapsed, grade: rating.rawValue)
        let reviewed = Date(timeIntervalSince1970: now)
        let scheduled = app.review(card, rating: rating, at: reviewed)
        let wait = scheduled.due.timeIntervalSince(reviewed)
        card = scheduled
        last = now
        now += max(1, (wait * (0.8 + 0.8 * generator.unit())).rounded(.down))
      }
      log.append(history)
    }
    return OptimizerInput(cards: log)
  }

  private static func advance(
    _ model: MemoryModel, _ state: (s: Double, d: Double), first: Bool, elapsed: Double, grade: Int
  ) -> (s: Double, d: Double) {
    let next =
      first
      ? model.initial(grade, partials: false)
      : model.transition(
        stability: state.s, difficulty: state.d, elapsed: elapsed, rating: grade, partials: false)
    return (next.stability, next.difficulty)
  }
}
