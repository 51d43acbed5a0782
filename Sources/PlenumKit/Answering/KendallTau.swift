/// Kendall tau distance between two orderings: how many pairs of items they put in opposite order.
public enum KendallTau {
  /// The number of discordant pairs between two permutations of the same items (0 when equal);
  /// items missing from either side are ignored.
  public static func distance<Item: Hashable>(_ a: [Item], _ b: [Item]) -> Int {
    var position: [Item: Int] = [:]
    for (index, item) in b.enumerated() { position[item] = index }
    let ranks = a.compactMap { position[$0] }
    var discordant = 0
    // Orderings here have a handful of items; the quadratic count is clearer than a merge sort.
    for i in ranks.indices {
      for j in ranks.indices where j > i && ranks[i] > ranks[j] { discordant += 1 }
    }
    return discordant
  }

  /// The largest possible distance for `count` items: every pair reversed.
  public static func maximum(count: Int) -> Int { count * (count - 1) / 2 }
}
