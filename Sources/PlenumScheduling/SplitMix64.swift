/// SplitMix64: a small, fast generator whose sequence is fixed by its seed, so a fit or a
/// simulation replays bit for bit.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// A generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1) from the top 53 bits (independent of the standard library's
  /// floating-point sampling, which may change between releases).
  public mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform integer in 0..<bound (bound > 0), by multiply-shift.
  public mutating func below(_ bound: Int) -> Int {
    Int((UInt64(bound).multipliedFullWidth(by: next())).high)
  }
}
