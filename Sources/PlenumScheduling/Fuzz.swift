/// Spreads a review interval over nearby days so cards learnt together do not stay together
/// (py-fsrs 6.3.2's `_get_fuzzed_interval`, with the random draw passed in).
///
/// Intervals under 2.5 days are returned unchanged. Otherwise the spread grows by 15 % of the
/// days between 2.5 and 7, 10 % of those between 7 and 20 and 5 % of those beyond 20, plus one
/// day; the result lies in [max(2, days − spread), min(days + spread, maximumInterval)], both ends
/// rounded half to even, and `u` picks a day in that range.
///
/// - Parameters:
///   - days: the unfuzzed interval, at most `maximumInterval`.
///   - maximumInterval: the longest interval allowed.
///   - u: a uniform draw in [0, 1), e.g. `FuzzKey.draw`.
public func fuzzedInterval(days: Int, maximumInterval: Int, draw u: Double) -> Int {
  let interval = Double(days)
  if interval < 2.5 { return days }
  var spread = 1.0
  for (start, end, factor) in fuzzRanges {
    spread += factor * max(min(interval, end) - start, 0.0)
  }
  var lowest = max(2, Int((interval - spread).rounded(.toNearestOrEven)))
  let highest = min(Int((interval + spread).rounded(.toNearestOrEven)), maximumInterval)
  lowest = min(lowest, highest)
  let picked = u * Double(highest - lowest + 1) + Double(lowest)
  return min(Int(picked.rounded(.toNearestOrEven)), maximumInterval)
}

/// (start, end, factor) of each band of py-fsrs's `FUZZ_RANGES`.
private let fuzzRanges: [(Double, Double, Double)] = [
  (2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, .infinity, 0.05),
]
