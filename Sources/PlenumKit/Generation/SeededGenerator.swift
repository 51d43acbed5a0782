import PlenumScheduling

/// A small, fast, reproducible random generator: the scheduler's SplitMix64, seeded from a
/// number and optionally a text key.
///
/// Decks, choice order and variants must be byte-identical for the same seed on every machine
/// and every run, so nothing here may use the system generator or Swift's per-process hashing.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var base: SplitMix64

  public init(seed: UInt64) { base = SplitMix64(seed: seed) }

  /// A generator seeded from a seed and a text key (e.g. a card id), stable across runs.
  public init(seed: UInt64, key: String) {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a 64
    for byte in key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    base = SplitMix64(seed: seed ^ hash)
  }

  public mutating func next() -> UInt64 { base.next() }
}
