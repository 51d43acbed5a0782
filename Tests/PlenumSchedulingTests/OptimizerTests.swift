import Testing

@testable import PlenumScheduling

/// A short hand-made log whose fsrs-rs 0.9.3 evaluation is known.
private let handMadeLog = OptimizerInput(
  cards: [
    [(0, 3), (1, 3), (3, 3), (8, 1), (0, 3), (2, 3), (6, 4)],
    [(0, 1), (0, 3), (1, 2), (2, 3), (5, 3), (13, 3)],
    [(0, 4), (4, 3), (10, 1), (0, 1), (0, 3), (1, 3), (4, 3)],
    [(0, 2), (0, 3), (2, 1), (1, 3), (3, 3)],
  ].map { card in card.map { ReviewHistoryItem(elapsedDays: $0.0, rating: Rating(rawValue: $0.1)!) }
  })

/// Parameters clearly away from the defaults (forgetting curve, growth and lapse terms).
private let knownTruth: FSRSWeights = {
  var values = FSRSWeights.defaults.values
  values[0] = 0.6
  values[2] = 4.5
  values[3] = 15
  values[8] = 1.3
  values[11] = 0.9
  values[20] = 0.5
  return FSRSWeights(unchecked: values)
}()

@Suite struct OptimizerTests {
  @Test func evaluationMatchesFsrsRs() throws {
    // fsrs-rs-python 0.9.3: FSRS(DEFAULT_PARAMETERS).evaluate(items) on the same 16 items.
    let result = try FSRSOptimizer.evaluate(
      weights: .defaults, on: handMadeLog, recencyWeighted: true)
    #expect(abs(result.logLoss - 0.6243414878845215) < 1e-6)
    #expect(abs(result.rmseBins - 0.20864920318126678) < 1e-6)
  }

  @Test func gradientMatchesFiniteDifferences() throws {
    let input = HistorySimulator(truth: knownTruth, cards: 40, seed: 7).simulate()
    let set = try TrainingSet(input)
    let w = HistorySimulator.perturbedTruth(seed: 3).values
    let cards = 0..<set.cardCount
    let (_, gradient) = GradientPass.lossAndGradient(w, cards: cards, of: set)
    for i in 0..<21 {
      let h = 1e-6 * max(1, abs(w[i]))
      var up = w
      var down = w
      up[i] += h
      down[i] -= h
      let numeric =
        (GradientPass.lossAndGradient(up, cards: cards, of: set).loss
          - GradientPass.lossAndGradient(down, cards: cards, of: set).loss) / (2 * h)
      #expect(
        abs(gradient[i] - numeric) <= 1e-4 * max(1, abs(numeric)),
        "w\(i): \(gradient[i]) vs \(numeric)")
    }
  }

  @Test func fitRecoversParametersOfASimulatedLearner() throws {
    let input = HistorySimulator(truth: knownTruth, cards: 300, seed: 11).simulate()
    let report = try FSRSOptimizer.fit(input)
    let truthLoss = try FSRSOptimizer.evaluate(weights: knownTruth, on: input).logLoss
    #expect(report.notFitted == nil)
    #expect(report.improved)
    #expect(report.weights == report.fittedWeights)
    #expect(report.logLossAfter < report.logLossBefore - 0.03)
    // As good as the parameters that generated the log (on 300 cards, a little better: noise).
    #expect(report.logLossAfter < truthLoss * 1.005)
    #expect(report.rmseBinsAfter < report.rmseBinsBefore / 1.5)
    // The parameters the log shows best move toward the truth: S0(Again) and the decay.
    for i in [0, 20] {
      let fitted = report.fittedWeights[i]
      #expect(
        abs(fitted - knownTruth[i]) < abs(FSRSWeights.defaults[i] - knownTruth[i]) / 1.5,
        "w\(i) = \(fitted)")
    }
  }

  @Test func fitResultIsPinnedToTheBit() throws {
    // Speed work on the optimizer must not change a single bit of what it computes: these are
    // the values the first reverse-mode version produced (printed with round-trip precision).
    let input = HistorySimulator(truth: knownTruth, cards: 300, seed: 11).simulate()
    let report = try FSRSOptimizer.fit(input)
    #expect(report.logLossBefore == 0.5027132290154134)
    #expect(report.logLossAfter == 0.4673735950178494)
    #expect(report.rmseBinsAfter == 0.05161489496021461)
    #expect(
      report.fittedWeights.values == [
        0.5640879102181422, 1.242543468310886, 2.917124254865236, 6.035151015163007,
        6.495632176908935, 0.8737068679728471, 2.9702628138193075, 0.001, 1.66594904599257,
        0.2267011067393197, 0.6077815528178724, 1.3360197908965277, 0.152585878995407,
        0.1695658035907776, 1.5235044668945847, 0.5469139372224516, 1.8061378415652245,
        0.5320260511841953, 0.005201419953392376, 0.02846745821407085, 0.2866709336262755,
      ])
  }

  @Test func fitIsDeterministic() throws {
    let input = HistorySimulator(truth: knownTruth, cards: 120, seed: 5).simulate()
    let first = try FSRSOptimizer.fit(input)
    let second = try FSRSOptimizer.fit(input)
    #expect(first == second)
    // Refitting from the fitted parameters starts where the first fit ended, and keeps the
    // starting parameters unless the new fit beats them.
    let refit = try FSRSOptimizer.fit(input, starting: first.fittedWeights)
    #expect(refit.logLossBefore == first.logLossAfter)
    #expect(refit.weights == (refit.improved ? refit.fittedWeights : first.fittedWeights))
    #expect(
      first.fittedWeights.values.map(\.bitPattern) == second.fittedWeights.values.map(\.bitPattern))
  }

  @Test func tooShortLogKeepsTheStartingParameters() throws {
    let report = try FSRSOptimizer.fit(handMadeLog)
    #expect(report.weights == .defaults)
    #expect(report.fittedWeights == .defaults)
    #expect(!report.improved)
    #expect(report.reviewsUsed == 16)
    #expect(report.cardsUsed == 4)
    #expect(report.logLossAfter == report.logLossBefore)
    #expect(report.notFitted == .tooFewReviews(found: 16, needed: 400))
    #expect(
      report.notFitted?.description
        == "The review log has 16 reviews made a day or more after the previous one; fitting needs at least 400, so the current parameters were kept. Keep studying and run `plenum optimize` again later."
    )
  }

  @Test func tooFewCardsKeepsTheStartingParameters() throws {
    let input = HistorySimulator(truth: knownTruth, cards: 30, seed: 2).simulate()
    var settings = FSRSOptimizer.Settings()
    settings.minimumReviews = 10
    settings.minimumCards = 50
    let report = try FSRSOptimizer.fit(input, settings: settings)
    #expect(report.notFitted == .tooFewCards(found: 30, needed: 50))
    #expect(report.weights == .defaults)
  }

  @Test func fittedParametersStayWithinBounds() throws {
    // A learner at the edges of the box, fitted from a start outside it.
    var extreme = FSRSWeights.defaults.values
    extreme[7] = 0.75
    extreme[9] = 0.8
    extreme[20] = 0.8
    extreme[15] = 1
    let input = HistorySimulator(truth: FSRSWeights(unchecked: extreme), cards: 200, seed: 9)
      .simulate()
    var start = FSRSWeights.defaults.values
    start[5] = 9
    start[12] = -1
    let report = try FSRSOptimizer.fit(input, starting: FSRSWeights(unchecked: start))
    #expect(report.notFitted == nil)
    #expect(ParameterBounds.contains(report.fittedWeights.values), "\(report.fittedWeights.values)")
  }

  @Test func negativeElapsedDaysAreRejected() {
    let input = OptimizerInput(cards: [
      [
        ReviewHistoryItem(elapsedDays: 0, rating: .good),
        ReviewHistoryItem(elapsedDays: -2, rating: .good),
      ]
    ])
    #expect(throws: OptimizerError.negativeElapsedDays(card: 0, review: 1, days: -2)) {
      try FSRSOptimizer.fit(input)
    }
    #expect(
      OptimizerError.negativeElapsedDays(card: 0, review: 1, days: -2).description
        == "Review 2 of card 1 in the optimizer input is -2 days after the previous one; elapsed days must be 0 or more. Check that the review log is in time order."
    )
  }

  @Test func nonFiniteStartingParametersAreRejected() {
    var start = FSRSWeights.defaults.values
    start[9] = .nan
    #expect(throws: OptimizerError.self) {
      try FSRSOptimizer.fit(handMadeLog, starting: FSRSWeights(unchecked: start))
    }
    #expect(
      OptimizerError.invalidStartingWeight(index: 9, value: .infinity).description
        == "Starting parameter w9 is inf, not a finite number; reset the parameters to the defaults and run `plenum optimize` again."
    )
  }
}
