/// The range FSRS-6 memory stability is held in, in days.
///
/// One value for the scheduler (`FSRSScheduler`) and the optimizer's memory model alike, so
/// the two compute the same state for every review, even one that would carry stability past
/// the cap (they once agreed to 5e-14 below it and split above it).
public struct StabilityRange: Hashable, Sendable {
  /// The least stability a review can leave (a card just forgotten).
  public var minimum: Double
  /// The most stability a review can leave.
  public var maximum: Double

  /// A range from `minimum` to `maximum` days.
  public init(minimum: Double, maximum: Double) {
    self.minimum = minimum
    self.maximum = maximum
  }

  /// 0.001 to 36,500 days (100 years), fsrs-rs's S_MIN and S_MAX: what the product schedules
  /// and fits with. Only a card passed for decades reaches the cap, and no interval can exceed
  /// the 36,500-day maximum interval anyway.
  public static let fsrs6 = StabilityRange(minimum: 0.001, maximum: 36_500)

  /// py-fsrs 6.3.2's range: the same floor and no cap. The reference vectors are replayed
  /// with it (their random parameters carry some cards past 36,500 days).
  public static let pyFSRS = StabilityRange(minimum: 0.001, maximum: .infinity)

  /// `stability` held inside the range.
  @inline(__always)
  public func clamp(_ stability: Double) -> Double {
    min(max(stability, minimum), maximum)
  }
}
