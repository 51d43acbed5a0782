/// Identifies one review of one card; the seed of that review's fuzz draw.
///
/// Replaying a review log with the same keys reproduces every fuzzed due date, on any machine
/// and in any process: the draw is a fixed hash (FNV-1a 64 of the card id's UTF-8 bytes and the
/// review index's 8 little-endian bytes, mixed by SplitMix64), never Swift's per-process `hashValue`.
public struct FuzzKey: Hashable, Codable, Sendable {
  /// The card's stable id.
  public var cardID: String
  /// How many reviews of this card came before this one (0 for the first review).
  public var reviewIndex: Int

  /// The key for review number `reviewIndex` (0-based) of card `cardID`.
  public init(cardID: String, reviewIndex: Int) {
    self.cardID = cardID
    self.reviewIndex = reviewIndex
  }

  /// A uniform draw in [0, 1) determined by the card id and review index alone.
  public var draw: Double {
    // Native strings hash straight from their contiguous UTF-8 storage; others byte by byte.
    var hash =
      cardID.utf8.withContiguousStorageIfAvailable(Self.fnv1a)
      ?? cardID.utf8.reduce(Self.fnvOffsetBasis) { ($0 ^ UInt64($1)) &* Self.fnvPrime }
    var index = UInt64(bitPattern: Int64(reviewIndex))
    for _ in 0..<8 {
      hash = (hash ^ (index & 0xFF)) &* Self.fnvPrime
      index >>= 8
    }
    // The top 53 bits of the mixed value make an evenly spread double in [0, 1).
    return Double(Self.splitMix64(hash) >> 11) * 0x1.0p-53
  }

  /// FNV-1a 64 of `bytes`.
  static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = fnvOffsetBasis
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* fnvPrime }
    return hash
  }

  static let fnvOffsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

  /// The first output of a SplitMix64 generator seeded with `seed`.
  static func splitMix64(_ seed: UInt64) -> UInt64 {
    var z = seed &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
