import Foundation

/// Log loss and its gradient over a group of cards, by reverse-mode differentiation: one pass
/// forward along a card keeps each review's local partial derivatives, one pass backward
/// carries ∂loss/∂S and ∂loss/∂D to the parameters. Every scored review of the card is a term
/// of the loss, so a card of n reviews costs O(n), not O(n²) as scoring each prefix would.
enum GradientPass {
  /// Summed log loss and gradient of `cards` of `set` under `weights`. Only reviews before
  /// `TrainingSet.maximumSequenceLength` are scored.
  static func lossAndGradient<Cards: Sequence<Int>>(
    _ weights: [Double], cards: Cards, of set: TrainingSet
  ) -> (loss: Double, gradient: ParameterPartials) {
    var scratch = Scratch()
    return pass(weights, cards: cards, of: set, scratch: &scratch, withLoss: true)
  }

  /// The gradient alone (what a training step needs): the same sums as `lossAndGradient`, bit
  /// for bit, without a logarithm per scored review for the loss nobody reads.
  static func gradient<Cards: Sequence<Int>>(
    _ weights: [Double], cards: Cards, of set: TrainingSet, scratch: inout Scratch
  ) -> ParameterPartials {
    pass(weights, cards: cards, of: set, scratch: &scratch, withLoss: false).gradient
  }

  /// Per-review storage of the forward pass, allocated once and reused by every batch.
  struct Scratch {
    fileprivate var steps = [Transition](
      repeating: Transition(), count: TrainingSet.maximumSequenceLength)
    fileprivate var lossByR = [Double](repeating: 0, count: TrainingSet.maximumSequenceLength)
  }

  @inline(__always)
  private static func pass<Cards: Sequence<Int>>(
    _ weights: [Double], cards: Cards, of set: TrainingSet, scratch: inout Scratch,
    withLoss: Bool
  ) -> (loss: Double, gradient: ParameterPartials) {
    let model = MemoryModel(weights)
    let margin = Calibration.probabilityMargin
    var loss = 0.0
    // A fixed-size buffer on the stack (no heap array per batch); lanes 21…31 stay zero.
    var total = (
      0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
      0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
    )
    withUnsafeMutableBytes(of: &total) { raw in
      let gradient = raw.bindMemory(to: Double.self)
      set.elapsed.withUnsafeBufferPointer { elapsed in
        set.ratings.withUnsafeBufferPointer { ratings in
          set.cardStart.withUnsafeBufferPointer { cardStart in
            scratch.steps.withUnsafeMutableBufferPointer { steps in
              scratch.lossByR.withUnsafeMutableBufferPointer { lossByR in
                for card in cards {
                  let start = cardStart[card]
                  let count = min(cardStart[card + 1] - start, TrainingSet.maximumSequenceLength)
                  guard count > 1 else { continue }
                  // Forward: states, local partials, and ∂loss/∂R of each scored review.
                  steps[0] = model.initial(ratings[start], partials: true)
                  for k in 1..<count {
                    let t = elapsed[start + k]
                    let g = ratings[start + k]
                    let step = model.transition(
                      stability: steps[k - 1].stability, difficulty: steps[k - 1].difficulty,
                      elapsed: t, rating: g, partials: true)
                    var slope = 0.0
                    if t > 0 {
                      let r = step.retrievability
                      if withLoss {
                        let p = min(max(r, margin), 1 - margin)
                        loss -= g > 1 ? log(p) : log(1 - p)
                      }
                      if r > margin && r < 1 - margin { slope = g > 1 ? -1 / r : 1 / (1 - r) }
                    }
                    steps[k] = step
                    lossByR[k] = slope
                  }
                  // Backward: adjoints of the state after each review, newest first.
                  var byS = 0.0
                  var byD = 0.0
                  for k in stride(from: count - 1, through: 0, by: -1) {
                    let step = steps[k]
                    for j in 0..<step.stabilityPartialCount {
                      gradient[Int(step.stabilityLanes[j])] += byS * step.stabilityByW[j]
                    }
                    let difficulty = byD * step.difficultyByW4to7
                    gradient[4] += difficulty[0]
                    gradient[5] += difficulty[1]
                    gradient[6] += difficulty[2]
                    gradient[7] += difficulty[3]
                    guard k > 0 else { break }
                    let slope = lossByR[k]
                    gradient[20] += slope * step.retrievabilityByW20
                    let previousByS = byS * step.stabilityByS + slope * step.retrievabilityByS
                    byD = byS * step.stabilityByD + byD * step.difficultyByD
                    byS = previousByS
                  }
                }
              }
            }
          }
        }
      }
    }
    var gradient = ParameterPartials()
    withUnsafeBytes(of: total) { raw in
      let sums = raw.bindMemory(to: Double.self)
      for i in 0..<21 { gradient[i] = sums[i] }
    }
    return (loss, gradient)
  }

  /// Summed log loss of `cards` under `weights`, without derivatives (same terms as above).
  static func loss<Cards: Sequence<Int>>(_ weights: [Double], cards: Cards, of set: TrainingSet)
    -> Double
  {
    let model = MemoryModel(weights)
    let margin = Calibration.probabilityMargin
    var loss = 0.0
    set.elapsed.withUnsafeBufferPointer { elapsed in
      set.ratings.withUnsafeBufferPointer { ratings in
        for card in cards {
          let start = set.cardStart[card]
          let end = min(set.cardStart[card + 1], start + TrainingSet.maximumSequenceLength)
          guard end - start > 1 else { continue }
          let first = model.initial(ratings[start], partials: false)
          var s = first.stability
          var d = first.difficulty
          for i in (start + 1)..<end {
            let g = ratings[i]
            let step = model.transition(
              stability: s, difficulty: d, elapsed: elapsed[i], rating: g, partials: false)
            if elapsed[i] > 0 {
              let p = min(max(step.retrievability, margin), 1 - margin)
              loss -= g > 1 ? log(p) : log(1 - p)
            }
            s = step.stability
            d = step.difficulty
          }
        }
      }
    }
    return loss
  }
}
