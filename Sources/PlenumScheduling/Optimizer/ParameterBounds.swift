/// The box FSRS-6 parameters are kept in while fitting (fsrs-rs / py-fsrs bounds), and the
/// spreads used to regularise the fit toward its starting point.
enum ParameterBounds {
  /// Lower bounds of w0…w20. w19's floor is 0.01 because short-term reviews are fitted.
  static let lower: [Double] = [
    0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
    0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.01, 0.1,
  ]
  /// Upper bounds of w0…w20 (with one relearning step, w17 and w18 may reach 2).
  static let upper: [Double] = [
    100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5,
    5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8,
  ]
  /// Typical spread of each parameter across learners: a step away from the starting point
  /// costs (Δw/σ)², so well-known parameters move only when the log insists.
  static let spread: [Double] = [
    6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33,
    0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32, 0.14, 0.27,
  ]

  /// `values` with every parameter moved into its bounds.
  static func clipped(_ values: [Double]) -> [Double] {
    var out = values
    clip(&out)
    return out
  }

  /// Moves every parameter of `values` into its bounds, in place (once per training step).
  static func clip(_ values: inout [Double]) {
    for i in 0..<21 { values[i] = min(max(values[i], lower[i]), upper[i]) }
  }

  /// Whether every value is finite and within its bounds.
  static func contains(_ values: [Double]) -> Bool {
    values.count == 21
      && (0..<21).allSatisfy {
        values[$0].isFinite && values[$0] >= lower[$0] && values[$0] <= upper[$0]
      }
  }
}
