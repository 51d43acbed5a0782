/// Fits the 21 FSRS-6 parameters to a learner's review log by minimising log loss, the way
/// fsrs-rs's `compute_parameters` does: initial stabilities from the first long-term reviews,
/// then Adam with a cosine-annealed learning rate over mini-batches of cards, short-term
/// (same-day) reviews included, parameters clipped to their bounds after every step and pulled
/// toward the starting point by an L2 penalty. Deterministic: one thread, a seeded shuffle.
public enum FSRSOptimizer {
  /// How the fit runs; the defaults follow fsrs-rs.
  public struct Settings: Hashable, Sendable {
    /// Passes over the log.
    public var epochs = 5
    /// Scored reviews per Adam step (whole cards are batched until this many are collected).
    public var batchSize = 512
    /// Peak learning rate of the cosine schedule.
    public var learningRate = 0.04
    /// Seed of the per-epoch card shuffle.
    public var seed: UInt64 = 2023
    /// Below this many scored reviews the log is too short to fit.
    public var minimumReviews = 400
    /// Below this many cards with scored reviews the log is too short to fit.
    public var minimumCards = 20

    /// The fsrs-rs defaults.
    public init() {}
  }

  /// Log loss and RMSE(bins) of `weights` over every scored review of `input`. With
  /// `recencyWeighted`, later reviews (in input order) weigh more, reproducing the numbers
  /// fsrs-rs's `evaluate` prints for the same items.
  public static func evaluate(
    weights: FSRSWeights, on input: OptimizerInput, recencyWeighted: Bool = false
  )
    throws(OptimizerError) -> (logLoss: Double, rmseBins: Double)
  {
    let set = try TrainingSet(input)
    let result = Calibration.measure(weights.values, on: set, recencyWeighted: recencyWeighted)
    return (result.logLoss, result.rmseBins)
  }

  /// Fits parameters to `input`, starting from `starting`. A log too short to fit returns
  /// `starting` with `improved == false` and the reason in `notFitted`.
  public static func fit(
    _ input: OptimizerInput, starting: FSRSWeights = .defaults, settings: Settings = Settings()
  ) throws(OptimizerError) -> OptimizerReport {
    for (i, value) in starting.values.enumerated() where !value.isFinite {
      throw .invalidStartingWeight(index: i, value: value)
    }
    var set = try TrainingSet(input)
    let before = Calibration.measure(starting.values, on: set)
    var cardsUsed = 0
    for card in 0..<set.cardCount where set.firstPrediction(of: card) != nil { cardsUsed += 1 }
    var report = OptimizerReport(
      weights: starting, fittedWeights: starting,
      logLossBefore: before.logLoss, logLossAfter: before.logLoss,
      rmseBinsBefore: before.rmseBins, rmseBinsAfter: before.rmseBins,
      reviewsUsed: before.predictions, cardsUsed: cardsUsed, improved: false, notFitted: nil)
    if before.predictions < settings.minimumReviews {
      report.notFitted = .tooFewReviews(found: before.predictions, needed: settings.minimumReviews)
      return report
    }
    if cardsUsed < settings.minimumCards {
      report.notFitted = .tooFewCards(found: cardsUsed, needed: settings.minimumCards)
      return report
    }

    let averageRecall = recallRate(set)
    set.excludeOutliers()
    var initial = ParameterBounds.clipped(starting.values)
    let pretrained = InitialStability.estimate(
      set, averageRecall: averageRecall, defaults: FSRSWeights.defaults.values)
    if let pretrained {
      initial.replaceSubrange(0..<4, with: pretrained.stabilities)
    }
    var fitted = train(set, from: initial, settings: settings)
    if let pretrained,
      let smoothed = InitialStability.smoothAndFill(
        Dictionary(uniqueKeysWithValues: (1...4).map { ($0, fitted[$0 - 1]) }),
        counts: pretrained.counts,
        defaults: FSRSWeights.defaults.values)
    {
      fitted.replaceSubrange(0..<4, with: smoothed)
    }
    fitted = ParameterBounds.clipped(fitted)

    let after = Calibration.measure(fitted, on: set)
    report.fittedWeights = FSRSWeights(unchecked: fitted)
    report.logLossAfter = after.logLoss
    report.rmseBinsAfter = after.rmseBins
    // A NaN loss compares false, so a broken fit never counts as an improvement.
    report.improved = after.logLoss < before.logLoss && ParameterBounds.contains(fitted)
    if report.improved { report.weights = report.fittedWeights }
    return report
  }

  /// Share of scored reviews that were recalled (used to smooth the initial-stability fit).
  static func recallRate(_ set: TrainingSet) -> Double {
    var recalled = 0
    var total = 0
    for card in 0..<set.cardCount {
      let start = set.cardStart[card]
      for i in start..<set.cardStart[card + 1] where set.isPrediction(i, cardStart: start) {
        total += 1
        if set.ratings[i] > 1 { recalled += 1 }
      }
    }
    return total == 0 ? 0 : Double(recalled) / Double(total)
  }

  /// The Adam loop: shuffled mini-batches of whole cards, L2 pull toward `initial`, clipping
  /// after every step; returns the parameters of the epoch with the lowest full-log objective.
  static func train(_ set: TrainingSet, from initial: [Double], settings: Settings) -> [Double] {
    // Scored reviews per card, counted once (no per-card arrays).
    var scored = [Int](repeating: 0, count: set.cardCount)
    for card in 0..<set.cardCount where set.cardIncluded[card] {
      let start = set.cardStart[card]
      let end = min(set.cardStart[card + 1], start + TrainingSet.maximumSequenceLength)
      var count = 0
      for i in start..<end where set.isPrediction(i, cardStart: start) { count += 1 }
      scored[card] = count
    }
    let total = scored.reduce(0, +)
    let inOrder = (0..<set.cardCount).filter { scored[$0] > 0 }
    var cards = inOrder
    guard total > 0 else { return initial }
    let stepsTotal = (total / settings.batchSize + 1) * settings.epochs
    var generator = SplitMix64(seed: settings.seed)
    var adam = AdamState()
    var scratch = GradientPass.Scratch()
    var w = initial
    var best = initial
    var bestObjective = Double.infinity
    var step = 0
    for _ in 0..<settings.epochs {
      // Fisher–Yates with our own generator: the standard library's shuffle may change.
      for i in stride(from: cards.count - 1, to: 0, by: -1) {
        cards.swapAt(i, generator.below(i + 1))
      }
      var batchStart = 0
      while batchStart < cards.count {
        var batchEnd = batchStart
        var batchScored = 0
        while batchEnd < cards.count && batchScored < settings.batchSize {
          batchScored += scored[cards[batchEnd]]
          batchEnd += 1
        }
        var gradient = GradientPass.gradient(
          w, cards: cards[batchStart..<batchEnd], of: set, scratch: &scratch)
        let share = Double(batchScored) / Double(total)
        for i in 0..<21 {
          let sigma = ParameterBounds.spread[i]
          gradient[i] += 2 * (w[i] - initial[i]) / (sigma * sigma) * share
        }
        step += 1
        // A batch whose gradient overflowed (an extreme log) is skipped rather than allowed
        // to poison every parameter with NaN.
        guard (0..<21).allSatisfy({ gradient[$0].isFinite }) else {
          batchStart = batchEnd
          continue
        }
        adam.step(
          &w, gradient: gradient,
          rate: AdamState.cosineRate(initial: settings.learningRate, step: step, total: stepsTotal))
        ParameterBounds.clip(&w)
        batchStart = batchEnd
      }
      let objective = fullObjective(w, initial: initial, cards: inOrder, set: set)
      if objective < bestObjective {
        bestObjective = objective
        best = w
      }
    }
    return best
  }

  /// Log loss plus the full L2 penalty over all included cards, in a fixed card order.
  private static func fullObjective(
    _ w: [Double], initial: [Double], cards: [Int], set: TrainingSet
  ) -> Double {
    let loss = GradientPass.loss(w, cards: cards, of: set)
    var penalty = 0.0
    for i in 0..<21 {
      let z = (w[i] - initial[i]) / ParameterBounds.spread[i]
      penalty += z * z
    }
    return loss + penalty
  }
}
