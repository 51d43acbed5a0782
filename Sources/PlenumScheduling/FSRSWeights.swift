/// The 21 FSRS-6 model parameters w0…w20.
public struct FSRSWeights: Hashable, Sendable, Codable {
  /// The FSRS-6 defaults (py-fsrs 6.3.2, fsrs-rs).
  public static let defaults = FSRSWeights(unchecked: [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ])

  /// w0…w20.
  public let values: [Double]

  /// Wraps 21 values without checking them against the bounds.
  public init(unchecked values: [Double]) {
    precondition(values.count == 21, "FSRS-6 has 21 parameters")
    self.values = values
  }

  public subscript(index: Int) -> Double { values[index] }
}
