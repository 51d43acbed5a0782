import Foundation

/// Fits the four initial stabilities w0…w3 before the main fit, from the first long-term review
/// of each card: for each first grade, the S0 that best explains how often cards were recalled
/// after each interval (as fsrs-rs's pretraining does).
enum InitialStability {
  /// Per first grade (1…4): the number of cards seen, and the fitted S0.
  struct Estimate {
    var counts: [Int: Int]
    var stabilities: [Double]
  }

  /// Estimates w0…w3 from the included cards of `set`; `averageRecall` smooths sparse groups.
  /// Returns nil when no card has a long-term review.
  static func estimate(_ set: TrainingSet, averageRecall: Double, defaults: [Double]) -> Estimate? {
    // first grade -> interval -> (recalled, seen)
    var groups: [Int: [Int: (recalled: Int, seen: Int)]] = [:]
    for card in 0..<set.cardCount where set.cardIncluded[card] {
      guard let first = set.firstPrediction(of: card) else { continue }
      let grade = set.ratings[set.cardStart[card]]
      var cell = groups[grade, default: [:]][Int(set.elapsed[first]), default: (0, 0)]
      cell.seen += 1
      if set.ratings[first] > 1 { cell.recalled += 1 }
      groups[grade, default: [:]][Int(set.elapsed[first])] = cell
    }
    guard !groups.isEmpty else { return nil }
    var fitted: [Int: Double] = [:]
    var counts: [Int: Int] = [:]
    for (grade, cells) in groups {
      let rows = cells.sorted { $0.key < $1.key }.map { interval, cell in
        let n = Double(cell.seen)
        // Laplace smoothing toward the log's overall recall rate.
        let recall = (Double(cell.recalled) + averageRecall) / (n + 1)
        return (t: Double(interval), recall: recall, count: n)
      }
      counts[grade] = cells.values.reduce(0) { $0 + $1.seen }
      fitted[grade] = search(rows, prior: defaults[grade - 1], decay: -defaults[20])
    }
    guard let stabilities = smoothAndFill(fitted, counts: counts, defaults: defaults) else {
      return nil
    }
    return Estimate(counts: counts, stabilities: stabilities)
  }

  /// Ternary search of S0 in [0.001, 100] minimising count-weighted log loss plus |S0 − prior|/16.
  static func search(
    _ rows: [(t: Double, recall: Double, count: Double)], prior: Double, decay: Double
  ) -> Double {
    let factor = pow(0.9, 1 / decay) - 1
    func loss(_ s: Double) -> Double {
      var total = 0.0
      for row in rows {
        let r = pow(1 + factor * row.t / s, decay)
        total -= (row.recall * log(r) + (1 - row.recall) * log(1 - r)) * row.count
      }
      return total + abs(s - prior) / 16
    }
    var low = 0.001
    var high = 100.0
    var best = prior
    var iterations = 0
    while high - low > Double.ulpOfOne && iterations < 1000 {
      iterations += 1
      let a = low + (high - low) / 3
      let b = high - (high - low) / 3
      if loss(a) < loss(b) { high = b } else { low = a }
      best = (high + low) / 2
    }
    return best
  }

  /// Makes S0 non-decreasing in the grade (the better-supported value wins a conflict) and
  /// fills grades with no data by fsrs-rs's geometric interpolation; clamps to [0.001, 100].
  static func smoothAndFill(_ input: [Int: Double], counts: [Int: Int], defaults: [Double])
    -> [Double]?
  {
    var s = input.filter { counts[$0.key] != nil }
    for (small, big) in [(1, 2), (2, 3), (3, 4), (1, 3), (2, 4), (1, 4)] {
      guard let a = s[small], let b = s[big], a > b else { continue }
      if counts[small]! > counts[big]! { s[big] = a } else { s[small] = b }
    }
    let w1 = 0.41
    let w2 = 0.54
    var r: [Double?] = [nil, s[1], s[2], s[3], s[4]]
    var result: [Double]
    switch s.count {
    case 0:
      return nil
    case 1:
      let (grade, value) = s.first!
      let scale = value / defaults[grade - 1]
      result = (0..<4).map { defaults[$0] * scale }.sorted()
    case 2, 3:
      fill(&r, w1: w1, w2: w2, known: s.count)
      result = r.compactMap { $0 }
    default:
      result = r.compactMap { $0 }
    }
    guard result.count == 4 else { return nil }
    return result.map { min(max($0, 0.001), 100) }
  }

  /// Interpolates missing grades geometrically from the known ones.
  private static func fill(_ r: inout [Double?], w1: Double, w2: Double, known: Int) {
    if known == 2 {
      switch (r[1], r[2], r[3], r[4]) {
      case (nil, nil, let r3?, let r4?):
        let r2 = pow(r3, 1 / (1 - w2)) * pow(r4, 1 - 1 / (1 - w2))
        r[2] = r2
        r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
      case (nil, let r2?, nil, let r4?):
        let r3 = pow(r2, 1 - w2) * pow(r4, w2)
        r[3] = r3
        r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
      case (nil, let r2?, let r3?, nil):
        r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
        r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
      case (let r1?, nil, nil, let r4?):
        let k = w1 / (w1 + w2 - w1 * w2)
        let m = w2 / (w1 + w2 - w1 * w2)
        r[2] = pow(r1, k) * pow(r4, 1 - k)
        r[3] = pow(r1, 1 - m) * pow(r4, m)
      case (let r1?, nil, let r3?, nil):
        let r2 = pow(r1, w1) * pow(r3, 1 - w1)
        r[2] = r2
        r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
      case (let r1?, let r2?, nil, nil):
        let r3 = pow(r1, 1 - 1 / (1 - w1)) * pow(r2, 1 / (1 - w1))
        r[3] = r3
        r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
      default:
        break
      }
    } else {
      switch (r[1], r[2], r[3], r[4]) {
      case (nil, let r2?, let r3?, _): r[1] = pow(r2, 1 / w1) * pow(r3, 1 - 1 / w1)
      case (let r1?, nil, let r3?, _): r[2] = pow(r1, w1) * pow(r3, 1 - w1)
      case (_, let r2?, nil, let r4?): r[3] = pow(r2, 1 - w2) * pow(r4, w2)
      case (_, let r2?, let r3?, nil): r[4] = pow(r2, 1 - 1 / w2) * pow(r3, 1 / w2)
      default: break
      }
    }
  }
}
