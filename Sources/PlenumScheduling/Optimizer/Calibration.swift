import Foundation

/// How well a set of parameters predicts a log: log loss over every scored review, and
/// RMSE(bins), the calibration error after grouping reviews by interval, review count and lapse
/// count (fsrs-rs's definition).
struct Calibration {
  /// Probabilities are kept this far from 0 and 1, as fsrs-rs does.
  static let probabilityMargin = 1e-7

  private struct Bin: Hashable, Comparable {
    var interval: Int
    var length: Int
    var lapses: Int
    static func < (a: Bin, b: Bin) -> Bool {
      (a.interval, a.length, a.lapses) < (b.interval, b.length, b.lapses)
    }
  }

  private struct Tally {
    var predicted = 0.0
    var actual = 0.0
    var count = 0.0
    var weight = 0.0
  }

  /// Evaluates `weights` on every prediction in `set` (outlier cards included). With
  /// `recencyWeighted`, the i-th of n predictions, in log order, weighs 0.25 + 0.75·(i/(n−1))³,
  /// which is how fsrs-rs's `evaluate` reports.
  static func measure(_ weights: [Double], on set: TrainingSet, recencyWeighted: Bool = false)
    -> (logLoss: Double, rmseBins: Double, predictions: Int)
  {
    let model = MemoryModel(weights)
    let total = set.predictionCount
    let span = Double(max(total - 1, 1))
    var bins: [Bin: Tally] = [:]
    var lossSum = 0.0
    var weightSum = 0.0
    var ordinal = 0
    for card in 0..<set.cardCount {
      let start = set.cardStart[card]
      var s = 0.0
      var d = 0.0
      var longTerm = 0
      var lapses = 0
      for i in start..<set.cardStart[card + 1] {
        let g = set.ratings[i]
        if i == start {
          let first = model.initial(g, partials: false)
          (s, d) = (first.stability, first.difficulty)
          continue
        }
        let next = model.transition(stability: s, difficulty: d, elapsed: set.elapsed[i], rating: g, partials: false)
        if set.elapsed[i] > 0 {
          let weight = recencyWeighted ? 0.25 + 0.75 * pow(Double(ordinal) / span, 3) : 1
          ordinal += 1
          let p = min(max(next.retrievability, probabilityMargin), 1 - probabilityMargin)
          let y = g > 1 ? 1.0 : 0.0
          lossSum -= weight * (y * log(p) + (1 - y) * log(1 - p))
          weightSum += weight
          longTerm += 1
          let key = bin(elapsed: set.elapsed[i], length: longTerm + 1, lapses: lapses)
          bins[key, default: Tally()].predicted += next.retrievability
          bins[key, default: Tally()].actual += y
          bins[key, default: Tally()].count += 1
          bins[key, default: Tally()].weight += weight
          if g == 1 { lapses += 1 }
        }
        (s, d) = (next.stability, next.difficulty)
      }
    }
    guard weightSum > 0 else { return (.nan, .nan, 0) }
    // Sum in a fixed order: dictionary order varies between runs.
    var squared = 0.0
    var binWeight = 0.0
    for key in bins.keys.sorted() {
      let tally = bins[key]!
      let gap = tally.predicted / tally.count - tally.actual / tally.count
      squared += gap * gap * tally.weight
      binWeight += tally.weight
    }
    return (lossSum / weightSum, (squared / binWeight).squareRoot(), total)
  }

  /// fsrs-rs's bin of a prediction: interval, review count and lapse count on log scales.
  private static func bin(elapsed: Double, length: Int, lapses: Int) -> Bin {
    func scaled(_ x: Double, _ base: Double, _ k: Double) -> Double {
      k * pow(base, (log(x) / log(base)).rounded(.down))
    }
    let interval = Int((scaled(elapsed, 3.62, 2.48) * 100).rounded())
    let lengthBin = Int(scaled(Double(length), 1.89, 1.99).rounded())
    let lapseBin = lapses == 0 ? 0 : Int(scaled(Double(lapses), 1.73, 1.65).rounded())
    return Bin(interval: interval, length: lengthBin, lapses: lapseBin)
  }
}
