/// The system's randomness in a type that is not zero-sized.
///
/// Passing a zero-sized `SystemRandomNumberGenerator` inout to a generic function crashes
/// under ThreadSanitizer with Swift 6.3 (the instrumented write dereferences an address that
/// was never set up), so review and device ids are drawn through this instead.
public struct SystemRandomness: RandomNumberGenerator, Sendable {
  private var draws: UInt64 = 0

  public init() {}

  public mutating func next() -> UInt64 {
    draws &+= 1
    return UInt64.random(in: .min ... .max)
  }
}
