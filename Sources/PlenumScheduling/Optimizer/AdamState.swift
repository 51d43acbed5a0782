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
    let correction1 = 1 - pow(beta1, Double(steps))
    let correction2 = 1 - pow(beta2, Double(steps))
    // Lane by lane (the same arithmetic as whole-vector SIMD32 operators, which compile to a
    // slow generic loop here); lanes 21…31 are never used.
    for i in 0..<21 {
      moment[i] = beta1 * moment[i] + (1 - beta1) * gradient[i]
      squared[i] = beta2 * squared[i] + (1 - beta2) * gradient[i] * gradient[i]
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
