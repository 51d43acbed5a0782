import Foundation

/// How well a set of parameters predicts a log: log loss over every scored review, and
/// RMSE(bins), the calibration error after grouping reviews by interval, review count and lapse
/// count (fsrs-rs's definition).
enum Calibration {
  /// Probabilities are kept this far from 0 and 1, as fsrs-rs does.
  static let probabilityMargin = 1e-7

  /// Evaluates `weights` on every prediction in `set` (outlier cards included). With
  /// `recencyWeighted`, the i-th of n predictions, in log order, weighs 0.25 + 0.75·(i/(n−1))³,
  /// which is how fsrs-rs's `evaluate` reports.
  static func measure(_ weights: [Double], on set: TrainingSet, recencyWeighted: Bool = false)
    -> (logLoss: Double, rmseBins: Double, predictions: Int)
  {
    let model = MemoryModel(weights)
    let total = set.predictionCount
    let span = Double(max(total - 1, 1))
    var predicted = [Double](repeating: 0, count: set.binCount)
    var actual = predicted
    var count = predicted
    var binWeight = predicted
    var lossSum = 0.0
    var weightSum = 0.0
    var ordinal = 0
    for card in 0..<set.cardCount {
      let start = set.cardStart[card]
      var s = 0.0
      var d = 0.0
      for i in start..<set.cardStart[card + 1] {
        let g = set.ratings[i]
        if i == start {
          let first = model.initial(g, partials: false)
          (s, d) = (first.stability, first.difficulty)
          continue
        }
        let next = model.transition(
          stability: s, difficulty: d, elapsed: set.elapsed[i], rating: g, partials: false)
        if set.elapsed[i] > 0 {
          let weight = recencyWeighted ? 0.25 + 0.75 * pow(Double(ordinal) / span, 3) : 1
          ordinal += 1
          let p = min(max(next.retrievability, probabilityMargin), 1 - probabilityMargin)
          let y = g > 1 ? 1.0 : 0.0
          lossSum -= weight * (y * log(p) + (1 - y) * log(1 - p))
          weightSum += weight
          let bin = Int(set.bins[i])
          predicted[bin] += next.retrievability
          actual[bin] += y
          count[bin] += 1
          binWeight[bin] += weight
        }
        (s, d) = (next.stability, next.difficulty)
      }
    }
    guard weightSum > 0 else { return (.nan, .nan, 0) }
    var squared = 0.0
    var weightTotal = 0.0
    for bin in 0..<set.binCount where count[bin] > 0 {
      let gap = predicted[bin] / count[bin] - actual[bin] / count[bin]
      squared += gap * gap * binWeight[bin]
      weightTotal += binWeight[bin]
    }
    return (lossSum / weightSum, (squared / weightTotal).squareRoot(), total)
  }

  /// For every review of `set`, the number of its RMSE bin (−1 when it is not scored); bins are
  /// numbered in key order so sums over them run in a fixed order.
  static func binIndices(_ set: TrainingSet) -> (indices: [Int32], count: Int) {
    // A bin's key packed in one integer: interval bucket, review-count bucket, lapse bucket.
    // The buckets of small arguments are memoised: pow and log per review cost more than the
    // rest of the fit's set-up together.
    var intervals = BucketMemo(base: 3.62, k: 2.48, scale: 100)
    var lengths = BucketMemo(base: 1.89, k: 1.99, scale: 1)
    var lapseBuckets = BucketMemo(base: 1.73, k: 1.65, scale: 1)
    var codes = [Int](repeating: -1, count: set.elapsed.count)
    var keys = Set<Int>()
    for card in 0..<set.cardCount {
      let start = set.cardStart[card]
      var longTerm = 0
      var lapses = 0
      for i in start..<set.cardStart[card + 1] where set.isPrediction(i, cardStart: start) {
        longTerm += 1
        let interval = intervals.bucket(Int(set.elapsed[i]))
        let length = lengths.bucket(longTerm + 1)
        let lapse = lapses == 0 ? 0 : lapseBuckets.bucket(lapses)
        let code = interval << 24 | length << 12 | lapse
        codes[i] = code
        keys.insert(code)
        if set.ratings[i] == 1 { lapses += 1 }
      }
    }
    let sorted = keys.sorted()
    let indices = codes.map { code -> Int32 in
      guard code >= 0 else { return -1 }
      var low = 0
      var high = sorted.count - 1
      while low < high {
        let mid = (low + high) / 2
        if sorted[mid] < code { low = mid + 1 } else { high = mid }
      }
      return Int32(low)
    }
    return (indices, sorted.count)
  }

  /// `Int((scaled(x, base, k) * scale).rounded())`, remembered for arguments below 1,024.
  private struct BucketMemo {
    let base: Double
    let k: Double
    let scale: Double
    private var known = [Int](repeating: -1, count: 1_024)

    init(base: Double, k: Double, scale: Double) {
      self.base = base
      self.k = k
      self.scale = scale
    }

    mutating func bucket(_ x: Int) -> Int {
      if x >= 0 && x < known.count {
        if known[x] < 0 { known[x] = compute(x) }
        return known[x]
      }
      return compute(x)
    }

    private func compute(_ x: Int) -> Int {
      Int((Calibration.scaled(Double(x), base, k) * scale).rounded())
    }
  }

  /// fsrs-rs's log-scale bucket: k · base^⌊log_base x⌋.
  fileprivate static func scaled(_ x: Double, _ base: Double, _ k: Double) -> Double {
    k * pow(base, (log(x) / log(base)).rounded(.down))
  }
}
