import Foundation

/// Adam (β1 0.9, β2 0.999, ε 1e-8) over the 21 parameters, with bias correction.
struct AdamState {
  private var moment = ParameterPartials()
  private var squared = ParameterPartials()
  private var steps = 0

  /// Moves `weights` one step against `gradient` at learning rate `rate`.
  mutating func step(_ weights: inout [Double], gradient: ParameterPartials, rate: Double) {
    let beta1 = 0.9
    let beta2 = 0.999
    steps += 1
    moment = beta1 * moment + (1 - beta1) * gradient
    squared = beta2 * squared + (1 - beta2) * gradient * gradient
    let correction1 = 1 - pow(beta1, Double(steps))
    let correction2 = 1 - pow(beta2, Double(steps))
    for i in 0..<21 {
      let m = moment[i] / correction1
      let v = squared[i] / correction2
      weights[i] -= rate * m / (v.squareRoot() + 1e-8)
    }
  }

  /// The cosine-annealed learning rate at step `step` (1-based) of `total`.
  static func cosineRate(initial: Double, step: Int, total: Int) -> Double {
    let progress = min(Double(step) / Double(max(total, 1)), 1)
    return initial * (1 + cos(Double.pi * progress)) / 2
  }
}

/// SplitMix64: a small, fast generator whose sequence is fixed by its seed, so a fit or a
/// simulation replays bit for bit.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
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
