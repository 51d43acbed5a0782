import Foundation

/// One partial derivative per FSRS-6 parameter (lanes 21…31 stay zero).
typealias ParameterPartials = SIMD32<Double>

/// The FSRS-6 memory model as the optimizer needs it: the state transition of one review,
/// optionally with its local partial derivatives, so the fitter can carry the
/// derivatives of the log loss back along a card (reverse mode).
///
/// Self-contained on purpose (the hot loop of the fit): the scheduler proper lives outside
/// Optimizer/. The two share `StabilityRange`, and `MemoryModelAgreementTests` checks that they
/// give the same state, to 5e-14, for random states, ratings and elapsed days.
struct MemoryModel {
  /// The range every state's stability is held in: the scheduler's, so the two agree.
  let stabilityRange: StabilityRange
  /// w0…w20 (a SIMD value, so reading a parameter needs no bounds check).
  let w: ParameterPartials
  /// −w20: the exponent of the power forgetting curve.
  let decay: Double
  /// 0.9^(1/decay) − 1, so that R(S, S) = 0.9.
  let factor: Double
  /// d(factor)/d(decay), for the derivative of R with respect to w20.
  let factorByDecay: Double
  /// D0(Easy), unclamped: the target of mean reversion.
  let easyDifficulty: Double
  let expW8: Double
  /// ∂D0(Easy)/∂w5 = −3·e^(3·w5).
  let easyDifficultyByW5: Double
  /// e^(−w17·w18): a lapse never leaves more than S·this.
  let lapseCeiling: Double

  init(_ values: [Double], stabilityRange: StabilityRange = .fsrs6) {
    self.stabilityRange = stabilityRange
    var packed = ParameterPartials()
    for i in 0..<21 { packed[i] = values[i] }
    w = packed
    decay = -values[20]
    let root = pow(0.9, 1 / decay)
    factor = root - 1
    factorByDecay = root * (-log(0.9) / (decay * decay))
    easyDifficulty = values[4] - exp(3 * values[5]) + 1
    expW8 = exp(values[8])
    easyDifficultyByW5 = -3 * exp(3 * values[5])
    lapseCeiling = exp(-values[17] * values[18])
  }

  /// The state after a card's first review, with ∂S/∂w and ∂D/∂w when `partials`.
  @inline(__always)
  func initial(_ rating: Int, partials: Bool) -> Transition {
    var out = Transition()
    out.stability = stabilityRange.clamp(w[rating - 1])
    let grow = exp(w[5] * Double(rating - 1))
    let raw = w[4] - grow + 1
    out.difficulty = min(max(raw, 1), 10)
    if partials {
      out.addStabilityPartial(rating - 1, 1)
      if raw > 1 && raw < 10 {
        out.difficultyByW4to7 = SIMD4(1, -Double(rating - 1) * grow, 0, 0)
      }
    }
    return out
  }

  /// Recall probability after `elapsed` days at stability `s`.
  @inline(__always)
  func retrievability(elapsed: Double, stability s: Double) -> Double {
    exp(decay * log(1 + factor * elapsed / s))
  }

  /// The state after a review `elapsed` days after the previous one, graded `rating`, from
  /// stability `s` and difficulty `d`; with local partials when `partials`.
  @inline(__always)
  func transition(
    stability s: Double, difficulty d: Double, elapsed t: Double, rating g: Int, partials: Bool
  )
    -> Transition
  {
    var out = Transition()
    let grade = Double(g)
    var newS: Double
    if t == 0 {
      // Same-day review: the short-term formula, never shrinking S unless the card was forgotten.
      let logS = log(s)
      let raw = exp(w[17] * (grade - 3 + w[18]) - w[19] * logS)
      if g >= 2 && raw < 1 {
        newS = s
        if partials { out.stabilityByS = 1 }
      } else {
        newS = s * raw
        if partials {
          out.stabilityByS = raw * (1 - w[19])
          out.setStabilityPartials(
            SIMD8(17, 18, 19, 0, 0, 0, 0, 0),
            SIMD8(newS * (grade - 3 + w[18]), newS * w[17], -newS * logS, 0, 0, 0, 0, 0),
            count: 3)
        }
      }
    } else {
      // exp∘log instead of pow: half the cost, and both logs are needed for the partials.
      let base = 1 + factor * t / s
      let logBase = log(base)
      let r = exp(decay * logBase)
      out.retrievability = r
      if partials {
        out.retrievabilityByS = r * decay / base * (-factor * t / (s * s))
        out.retrievabilityByW20 = -r * (logBase + decay / base * (t / s) * factorByDecay)
      }
      if g == 1 {
        let logD = log(d)
        let logS1 = log(s + 1)
        let dPow = exp(-w[12] * logD)
        let sPow = exp(w[13] * logS1)
        let eR = exp((1 - r) * w[14])
        let raw = w[11] * dPow * (sPow - 1) * eR
        let ceiling = s * lapseCeiling
        if ceiling < raw {
          newS = ceiling
          if partials {
            out.stabilityByS = lapseCeiling
            out.setStabilityPartials(
              SIMD8(17, 18, 0, 0, 0, 0, 0, 0),
              SIMD8(-ceiling * w[18], -ceiling * w[17], 0, 0, 0, 0, 0, 0), count: 2)
          }
        } else {
          newS = raw
          if partials {
            let byR = -w[14] * raw
            out.stabilityByS =
              w[11] * dPow * eR * w[13] * sPow / (s + 1) + byR * out.retrievabilityByS
            out.stabilityByD = -w[12] * raw / d
            out.setStabilityPartials(
              SIMD8(11, 12, 13, 14, 20, 0, 0, 0),
              SIMD8(
                dPow * (sPow - 1) * eR, -raw * logD, w[11] * dPow * eR * sPow * logS1,
                raw * (1 - r), byR * out.retrievabilityByW20, 0, 0, 0),
              count: 5)
          }
        }
      } else {
        let hard = g == 2 ? w[15] : 1
        let easy = g == 4 ? w[16] : 1
        let logS = log(s)
        let sPow = exp(-w[9] * logS)
        let eR = exp((1 - r) * w[10])
        let core = expW8 * (11 - d) * sPow * (eR - 1)
        let increase = core * hard * easy
        newS = s * (1 + increase)
        if partials {
          let byR = s * expW8 * (11 - d) * sPow * hard * easy * (-w[10] * eR)
          out.stabilityByS = 1 + increase * (1 - w[9]) + byR * out.retrievabilityByS
          out.stabilityByD = -s * expW8 * sPow * (eR - 1) * hard * easy
          let byW8 = s * increase
          let byW9 = -s * increase * logS
          let byW10 = s * expW8 * (11 - d) * sPow * hard * easy * (1 - r) * eR
          let byW20 = byR * out.retrievabilityByW20
          // Whole vectors, not lane by lane: a store to a lane picked at run time goes
          // through memory. Which lanes a review touches depends only on its grade.
          if g == 3 {
            out.setStabilityPartials(
              SIMD8(8, 9, 10, 20, 0, 0, 0, 0), SIMD8(byW8, byW9, byW10, byW20, 0, 0, 0, 0),
              count: 4)
          } else {
            out.setStabilityPartials(
              SIMD8(8, 9, 10, g == 2 ? 15 : 16, 20, 0, 0, 0),
              SIMD8(byW8, byW9, byW10, s * core, byW20, 0, 0, 0), count: 5)
          }
        }
      }
    }
    if !(newS > stabilityRange.minimum && newS < stabilityRange.maximum) {
      newS = stabilityRange.clamp(newS)
      out.stabilityByS = 0
      out.stabilityByD = 0
      out.stabilityPartialCount = 0
    }
    out.stability = newS

    // Difficulty: linear damping toward 10, then mean reversion toward D0(Easy).
    let damped = d - w[6] * (grade - 3) * (10 - d) / 9
    let reverted = w[7] * easyDifficulty + (1 - w[7]) * damped
    out.difficulty = min(max(reverted, 1), 10)
    if partials && reverted > 1 && reverted < 10 {
      out.difficultyByD = (1 - w[7]) * (1 + w[6] * (grade - 3) / 9)
      out.difficultyByW4to7 = SIMD4(
        w[7], w[7] * easyDifficultyByW5, -(1 - w[7]) * (grade - 3) * (10 - d) / 9,
        easyDifficulty - damped)
    }
    return out
  }
}

/// The result of one review in `MemoryModel`: the new state and, when asked for, how it
/// depends locally on the previous state and on the parameters.
struct Transition {
  var stability = 0.0
  var difficulty = 0.0
  /// R at the moment of the review (1 for same-day reviews).
  var retrievability = 1.0
  var retrievabilityByS = 0.0
  var retrievabilityByW20 = 0.0
  var stabilityByS = 0.0
  var stabilityByD = 0.0
  /// ∂S'/∂w, sparse: the first `stabilityPartialCount` lanes of `stabilityLanes` name the
  /// parameters, `stabilityByW` holds the values (at most six parameters act on one review).
  var stabilityByW = SIMD8<Double>()
  var stabilityLanes = SIMD8<Int32>()
  var stabilityPartialCount = 0
  var difficultyByD = 0.0
  /// ∂D'/∂w4…w7 (no other parameter acts on difficulty).
  var difficultyByW4to7 = SIMD4<Double>()

  @inline(__always)
  mutating func setStabilityPartials(
    _ lanes: SIMD8<Int32>, _ values: SIMD8<Double>, count: Int
  ) {
    stabilityLanes = lanes
    stabilityByW = values
    stabilityPartialCount = count
  }

  @inline(__always)
  mutating func addStabilityPartial(_ lane: Int, _ value: Double) {
    stabilityLanes[stabilityPartialCount] = Int32(lane)
    stabilityByW[stabilityPartialCount] = value
    stabilityPartialCount += 1
  }
}
