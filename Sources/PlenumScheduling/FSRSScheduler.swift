import Foundation

/// The FSRS-6 scheduler: pure transitions of a card's state on each review (py-fsrs 6.3.2 semantics).
///
/// Build it once per settings value and reuse it: it precomputes the model's constants and
/// resolves the day policy's time zone, so `review` allocates nothing.
public struct FSRSScheduler: Sendable {
  /// The settings this scheduler was built with.
  public let settings: SchedulerSettings
  /// The range every review's stability is held in (shared with the optimizer's model).
  public let stabilityRange: StabilityRange
  let w: [Double]
  /// −w20: the exponent of the forgetting curve.
  let decay: Double
  /// 0.9^(1/decay) − 1, so that R(S, S) = 0.9.
  let factor: Double
  /// desiredRetention^(1/decay) − 1, the retention part of the interval formula.
  let retentionFactor: Double
  /// D0(Easy) unclamped: the target of the difficulty's mean reversion.
  let difficultyTarget: Double
  /// e^w8, the scale of a successful recall's stability increase.
  let recallScale: Double
  /// e^(w17·w18): a lapse never leaves stability above S divided by this.
  let forgetDivisor: Double
  let days: ResolvedDayPolicy

  /// A scheduler for `settings`, which are used as given (call `settings.validate()` first for
  /// user input), holding stability in `stabilityRange`.
  public init(settings: SchedulerSettings = .defaults, stabilityRange: StabilityRange = .fsrs6) {
    self.settings = settings
    self.stabilityRange = stabilityRange
    w = settings.weights.values
    decay = -w[20]
    factor = pow(0.9, 1 / decay) - 1
    retentionFactor = pow(settings.desiredRetention, 1 / decay) - 1
    difficultyTarget = w[4] - pow(fsrsE, w[5] * 3) + 1
    recallScale = pow(fsrsE, w[8])
    forgetDivisor = pow(fsrsE, w[17] * w[18])
    days = ResolvedDayPolicy(settings.dayPolicy)
  }

  /// The probability of recalling `card` at `date`: 0 for a card never reviewed, else (1 + F·t/S)^decay
  /// with t the whole days elapsed since the last review under the day policy (0 if negative).
  public func retrievability(of card: FSRSCard, at date: Date) -> Double {
    guard let memory = card.memory, let last = card.lastReview else { return 0 }
    return retrievability(
      stability: memory.stability, elapsedDays: max(0, days.elapsedDays(from: last, to: date)))
  }

  /// The probability of recalling `card` at this moment, from the hours elapsed rather than the
  /// whole days the scheduler counts: a card failed this morning is not at 100% this evening.
  /// For progress displays only; scheduling uses `retrievability(of:at:)`, as py-fsrs does.
  public func recallNow(of card: FSRSCard, at date: Date) -> Double {
    guard let memory = card.memory, let last = card.lastReview else { return 0 }
    let days = max(0, date.timeIntervalSince(last) / 86_400)
    return pow(1 + factor * days / memory.stability, decay)
  }

  /// The forgetting curve: the probability of recall `elapsedDays` days after a review that left `stability`.
  public func retrievability(stability: Double, elapsedDays: Int) -> Double {
    pow(1 + factor * Double(elapsedDays) / stability, decay)
  }

  /// Whole days until retrievability falls to the desired retention, rounded half to even,
  /// at least 1 and at most the maximum interval.
  public func nextIntervalDays(stability: Double) -> Int {
    let exact = (stability / factor) * retentionFactor
    guard exact.isFinite else { return settings.maximumInterval }
    let rounded = exact.rounded(.toNearestOrEven)
    if rounded >= Double(settings.maximumInterval) { return settings.maximumInterval }
    return max(Int(rounded), 1)
  }

  /// The card after a review rated `rating` at `date`; `nil` stands for a card never reviewed.
  ///
  /// With fuzz on and a `fuzzKey`, intervals of review cards are spread by `fuzzedInterval`
  /// with the key's draw; without a key they are not fuzzed.
  public func review(_ card: FSRSCard?, rating: Rating, at date: Date, fuzzKey: FuzzKey? = nil)
    -> FSRSCard
  {
    let elapsed = card?.lastReview.map { days.elapsedDays(from: $0, to: date) }
    let memory = nextMemory(after: card?.memory, elapsedDays: elapsed, rating: rating)
    let phase = card?.phase ?? .learning
    let next: (phase: CardPhase, step: Int?, wait: Wait)
    switch phase {
    case .learning, .relearning:
      let steps = phase == .learning ? settings.learningSteps : settings.relearningSteps
      next = afterStep(
        steps: steps, current: card?.step ?? 0, phase: phase, rating: rating, memory: memory)
    case .review:
      if rating == .again, let first = settings.relearningSteps.first {
        next = (.relearning, 0, .seconds(first))
      } else {
        next = (.review, nil, .days(nextIntervalDays(stability: memory.stability)))
      }
    }
    let due: Date
    switch next.wait {
    case .seconds(let seconds):
      due = date.addingTimeInterval(seconds)
    case .days(var interval):
      if settings.fuzz, let fuzzKey {
        interval = fuzzedInterval(
          days: interval, maximumInterval: settings.maximumInterval, draw: fuzzKey.draw)
      }
      due = days.due(reviewedAt: date, afterDays: interval)
    }
    return FSRSCard(phase: next.phase, step: next.step, memory: memory, due: due, lastReview: date)
  }

  /// How long until the next review: a (re)learning step in seconds, or a review interval in days.
  enum Wait {
    case seconds(TimeInterval)
    case days(Int)
  }
}

/// Euler's number as py-fsrs writes it (`math.e`); e^x is `pow(fsrsE, x)` for bit-exact parity.
let fsrsE = 2.718281828459045
