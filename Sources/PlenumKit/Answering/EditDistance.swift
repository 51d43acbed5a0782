/// Damerau (optimal string alignment) distance: insertions, deletions, substitutions and
/// swaps of two adjacent letters each cost one.
public enum EditDistance {
  /// The distance between `a` and `b`, or `limit + 1` as soon as it must exceed `limit`.
  ///
  /// Work is bounded by `limit`: strings whose lengths differ by more return at once, and a
  /// row whose minimum exceeds the limit stops the computation.
  public static func damerau(_ a: String, _ b: String, limit: Int = Int.max) -> Int {
    damerau(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
  }

  /// The distance between two scalar arrays, capped at `limit + 1`.
  static func damerau(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    let over = limit == Int.max ? Int.max : limit + 1
    if abs(a.count - b.count) > limit { return over }
    if a.isEmpty { return min(b.count, over) }
    if b.isEmpty { return min(a.count, over) }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMin = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
        rowMin = min(rowMin, value)
      }
      if rowMin > limit { return over }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return min(previous[b.count], over)
  }
}
