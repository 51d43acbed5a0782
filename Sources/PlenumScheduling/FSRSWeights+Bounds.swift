extension FSRSWeights {
  /// The number of FSRS-6 parameters.
  public static let count = 21

  /// The allowed range of each weight (py-fsrs 6.3.2's lower and upper bounds).
  public static let bounds: [ClosedRange<Double>] = [
    0.001...100, 0.001...100, 0.001...100, 0.001...100,
    1...10, 0.001...4, 0.001...4, 0.001...0.75,
    0...4.5, 0...0.8, 0.001...3.5, 0.001...5,
    0.001...0.25, 0.001...0.9, 0...4, 0...1,
    1...6, 0...2, 0...2, 0...0.8, 0.1...0.8,
  ]
}
