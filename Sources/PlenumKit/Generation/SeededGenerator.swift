/// A small, fast, reproducible random generator (SplitMix64).
///
/// Decks, choice order and variants must be byte-identical for the same seed on every machine
/// and every run, so nothing here may use the system generator or Swift's per-process hashing.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  /// A generator seeded from a seed and a text key (e.g. a card id), stable across runs.
  public init(seed: UInt64, key: String) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a 64
    for byte in key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    state = seed ^ hash
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
