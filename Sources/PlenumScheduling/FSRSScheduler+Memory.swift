import Foundation

extension FSRSScheduler {
  /// The memory state after a review rated `rating`, `elapsedDays` whole days after the previous one.
  ///
  /// No memory yet: the initial state for the rating. Less than a day elapsed: the same-day
  /// update. Otherwise (or with no previous review date): the recall or forget update at the
  /// retrievability reached. Stability is computed from the old difficulty, then difficulty is updated.
  public func nextMemory(after memory: MemoryState?, elapsedDays: Int?, rating: Rating)
    -> MemoryState
  {
    guard let memory else {
      return MemoryState(
        stability: initialStability(rating), difficulty: clampDifficulty(initialDifficulty(rating)))
    }
    let stability: Double
    if let elapsedDays, elapsedDays < 1 {
      stability = sameDayStability(memory.stability, rating: rating)
    } else {
      let recall =
        elapsedDays.map { retrievability(stability: memory.stability, elapsedDays: max(0, $0)) }
        ?? 0
      stability = stabilityRange.clamp(
        rating == .again
          ? forgetStability(memory, retrievability: recall)
          : recallStability(memory, retrievability: recall, rating: rating))
    }
    return MemoryState(
      stability: stability, difficulty: nextDifficulty(memory.difficulty, rating: rating))
  }

  /// S0(G) = w[G−1], held in the stability range.
  func initialStability(_ rating: Rating) -> Double {
    stabilityRange.clamp(w[rating.rawValue - 1])
  }

  /// D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped.
  func initialDifficulty(_ rating: Rating) -> Double {
    w[4] - pow(fsrsE, w[5] * Double(rating.rawValue - 1)) + 1
  }

  /// Linear damping towards 10, then mean reversion towards D0(Easy), clamped to [1, 10].
  func nextDifficulty(_ difficulty: Double, rating: Rating) -> Double {
    let delta = -(w[6] * Double(rating.rawValue - 3))
    let damped = difficulty + (10.0 - difficulty) * delta / 9.0
    return clampDifficulty(w[7] * difficultyTarget + (1 - w[7]) * damped)
  }

  /// S' = S·(1 + e^w8·(11−D)·S^−w9·(e^((1−R)·w10) − 1)·[w15 if Hard]·[w16 if Easy]).
  func recallStability(_ memory: MemoryState, retrievability: Double, rating: Rating) -> Double {
    let hardPenalty = rating == .hard ? w[15] : 1
    let easyBonus = rating == .easy ? w[16] : 1
    let s = memory.stability
    return s
      * (1 + recallScale * (11 - memory.difficulty) * pow(s, -w[9])
        * (pow(fsrsE, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
  }

  /// min(w11·D^−w12·((S+1)^w13 − 1)·e^((1−R)·w14), S / e^(w17·w18)).
  func forgetStability(_ memory: MemoryState, retrievability: Double) -> Double {
    let s = memory.stability
    let longTerm =
      w[11] * pow(memory.difficulty, -w[12]) * (pow(s + 1, w[13]) - 1)
      * pow(fsrsE, (1 - retrievability) * w[14])
    return min(longTerm, s / forgetDivisor)
  }

  /// S·e^(w17·(G−3+w18))·S^−w19, never below S for a pass, held in the stability range.
  func sameDayStability(_ stability: Double, rating: Rating) -> Double {
    var increase =
      pow(fsrsE, w[17] * (Double(rating.rawValue - 3) + w[18])) * pow(stability, -w[19])
    if rating != .again { increase = max(increase, 1.0) }
    return stabilityRange.clamp(stability * increase)
  }

  func clampDifficulty(_ difficulty: Double) -> Double {
    min(max(difficulty, 1.0), 10.0)
  }
}
