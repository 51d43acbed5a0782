import Foundation

/// Log loss and its gradient over a group of cards, by carrying ∂S/∂w and ∂D/∂w forward along
/// each card (forward-mode differentiation: one pass per card, every scored review of the card
/// contributes, so a card of n reviews costs O(n), not O(n²) as scoring each prefix would).
enum GradientPass {
  /// Summed log loss and gradient of `cards` of `set` under `weights`. Only reviews before
  /// `TrainingSet.maximumSequenceLength` are scored.
  static func lossAndGradient<Cards: Sequence<Int>>(
    _ weights: [Double], cards: Cards, of set: TrainingSet
  ) -> (loss: Double, gradient: ParameterPartials) {
    let model = MemoryModel(weights)
    let margin = Calibration.probabilityMargin
    var loss = 0.0
    var gradient = ParameterPartials()
    set.elapsed.withUnsafeBufferPointer { elapsed in
      set.ratings.withUnsafeBufferPointer { ratings in
        for card in cards {
          let start = set.cardStart[card]
          let end = min(set.cardStart[card + 1], start + TrainingSet.maximumSequenceLength)
          guard end - start > 1 else { continue }
          let first = model.initial(ratings[start], partials: true)
          var s = first.stability
          var d = first.difficulty
          var sByW = first.stabilityByW
          var dByW = first.difficultyByW
          for i in (start + 1)..<end {
            let g = ratings[i]
            let t = elapsed[i]
            let step = model.transition(stability: s, difficulty: d, elapsed: t, rating: g, partials: true)
            if t > 0 {
              let r = step.retrievability
              let recalled = g > 1
              if r > margin && r < 1 - margin {
                loss -= recalled ? log(r) : log(1 - r)
                let lossByR = recalled ? -1 / r : 1 / (1 - r)
                gradient += (lossByR * step.retrievabilityByS) * sByW
                gradient[20] += lossByR * step.retrievabilityByW20
              } else {
                let p = min(max(r, margin), 1 - margin)
                loss -= recalled ? log(p) : log(1 - p)
              }
            }
            let nextSByW = step.stabilityByS * sByW + step.stabilityByD * dByW + step.stabilityByW
            dByW = step.difficultyByD * dByW + step.difficultyByW
            sByW = nextSByW
            s = step.stability
            d = step.difficulty
          }
        }
      }
    }
    return (loss, gradient)
  }
}
