/// Kendall tau distance between two orderings: how many pairs of items they put in opposite order.
public enum KendallTau {
  /// The number of discordant pairs between two orderings of the same distinct items (0 when
  /// equal); items missing from either side are ignored. O(n log n).
  public static func distance<Item: Hashable>(_ a: [Item], _ b: [Item]) -> Int {
    var position: [Item: Int] = [:]
    for (index, item) in b.enumerated() where position[item] == nil { position[item] = index }
    var ranks = a.compactMap { position[$0] }
    var scratch = ranks
    return inversions(&ranks, &scratch, 0, ranks.count)
  }

  /// The largest possible distance for `count` items: every pair reversed.
  public static func maximum(count: Int) -> Int { count * (count - 1) / 2 }

  /// Counts inversions in `ranks[low..<high]` while merge-sorting it.
  private static func inversions(
    _ ranks: inout [Int], _ scratch: inout [Int], _ low: Int, _ high: Int
  ) -> Int {
    guard high - low > 1 else { return 0 }
    let mid = (low + high) / 2
    var count = inversions(&ranks, &scratch, low, mid) + inversions(&ranks, &scratch, mid, high)
    var (i, j, k) = (low, mid, low)
    while i < mid || j < high {
      if j >= high || (i < mid && ranks[i] <= ranks[j]) {
        scratch[k] = ranks[i]
        i += 1
      } else {
        // Every item left in the first half comes after ranks[j] in the other ordering.
        count += mid - i
        scratch[k] = ranks[j]
        j += 1
      }
      k += 1
    }
    for index in low..<high { ranks[index] = scratch[index] }
    return count
  }
}
