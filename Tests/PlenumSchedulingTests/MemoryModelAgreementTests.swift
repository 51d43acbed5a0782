import Foundation
import Testing

@testable import PlenumScheduling

/// The scheduler (`FSRSScheduler.nextMemory`) and the optimizer's `MemoryModel` write the
/// FSRS-6 formulas twice (the second with derivatives); they must give the same memory state
/// for any state, rating and elapsed days, as fsrs-rs checks its scalar model against its
/// tensor one.
@Suite struct MemoryModelAgreementTests {
  /// Relative difference allowed: pow against exp∘log and a different order of operations.
  static let tolerance = 5e-14

  static func agree(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(a), abs(b))
  }

  /// Weights drawn uniformly inside the bounds the product accepts.
  static func randomWeights(_ generator: inout SplitMix64) -> FSRSWeights {
    FSRSWeights(
      unchecked: FSRSWeights.bounds.map {
        $0.lowerBound + ($0.upperBound - $0.lowerBound) * generator.unit()
      })
  }

  /// Seed 0 uses the default weights, the others random ones.
  @Test(arguments: [0, 1, 2, 3, 4] as [UInt64])
  func schedulerAndMemoryModelAgreeOnRandomReviews(seed: UInt64) {
    var generator = SplitMix64(seed: 0x5EED_0000 + seed)
    let weights = seed == 0 ? FSRSWeights.defaults : Self.randomWeights(&generator)
    let scheduler = FSRSScheduler(settings: SchedulerSettings(weights: weights))
    let model = MemoryModel(weights.values)
    var mismatches: [String] = []
    for _ in 0..<20_000 {
      // Stability log-uniform from the floor to well past the cap; same-day reviews a quarter
      // of the time, else up to 200 years.
      let s = 0.001 * pow(1e8, generator.unit())
      let d = 1 + 9 * generator.unit()
      let t = generator.below(4) == 0 ? 0 : 1 + generator.below(73_000)
      let g = 1 + generator.below(4)
      let ours = scheduler.nextMemory(
        after: MemoryState(stability: s, difficulty: d), elapsedDays: t,
        rating: Rating(rawValue: g)!)
      let theirs = model.transition(
        stability: s, difficulty: d, elapsed: Double(t), rating: g, partials: false)
      let recall = scheduler.retrievability(stability: s, elapsedDays: t)
      let modelRecall = model.retrievability(elapsed: Double(t), stability: s)
      if !Self.agree(ours.stability, theirs.stability)
        || !Self.agree(ours.difficulty, theirs.difficulty) || !Self.agree(recall, modelRecall)
      {
        mismatches.append(
          "S=\(s) D=\(d) t=\(t) G=\(g): scheduler (\(ours.stability), \(ours.difficulty), R \(recall)), "
            + "model (\(theirs.stability), \(theirs.difficulty), R \(modelRecall))")
      }
    }
    #expect(
      mismatches.isEmpty, "\(mismatches.count) of 20000 differ, first: \(mismatches.prefix(3))")
  }

  @Test func firstReviewsAgreeForEveryRating() {
    var generator = SplitMix64(seed: 7)
    for weights in [FSRSWeights.defaults] + (0..<50).map({ _ in Self.randomWeights(&generator) }) {
      let scheduler = FSRSScheduler(settings: SchedulerSettings(weights: weights))
      let model = MemoryModel(weights.values)
      for rating in Rating.allCases {
        let ours = scheduler.nextMemory(after: nil, elapsedDays: nil, rating: rating)
        let theirs = model.initial(rating.rawValue, partials: false)
        #expect(Self.agree(ours.stability, theirs.stability))
        #expect(Self.agree(ours.difficulty, theirs.difficulty))
      }
    }
  }

  /// A card near the cap answered Easy after a long wait: both stop at 36,500 days.
  @Test func bothHoldStabilityAtTheSharedCap() {
    let scheduler = FSRSScheduler(settings: SchedulerSettings())
    let model = MemoryModel(FSRSWeights.defaults.values)
    #expect(scheduler.stabilityRange == .fsrs6)
    #expect(model.stabilityRange == .fsrs6)
    let ours = scheduler.nextMemory(
      after: MemoryState(stability: 30_000, difficulty: 1), elapsedDays: 30_000, rating: .easy)
    let theirs = model.transition(
      stability: 30_000, difficulty: 1, elapsed: 30_000, rating: 4, partials: false)
    #expect(ours.stability == 36_500)
    #expect(theirs.stability == 36_500)
    // The floor too: a lapse from the least stability.
    let lapse = scheduler.nextMemory(
      after: MemoryState(stability: 0.001, difficulty: 10), elapsedDays: 1, rating: .again)
    #expect(lapse.stability >= StabilityRange.fsrs6.minimum)
  }

  @Test func aNarrowerRangeIsHonouredByBoth() {
    let range = StabilityRange(minimum: 0.01, maximum: 100)
    let scheduler = FSRSScheduler(settings: SchedulerSettings(), stabilityRange: range)
    let model = MemoryModel(FSRSWeights.defaults.values, stabilityRange: range)
    let ours = scheduler.nextMemory(
      after: MemoryState(stability: 90, difficulty: 1), elapsedDays: 90, rating: .easy)
    let theirs = model.transition(
      stability: 90, difficulty: 1, elapsed: 90, rating: 4, partials: false)
    #expect(ours.stability == 100 && theirs.stability == 100)
  }
}
