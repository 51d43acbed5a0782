import Foundation
import Testing

@testable import PlenumScheduling

/// Properties that must hold for any state, checked over fixed grids (no randomness, no clock).
@Suite struct FSRSPropertyTests {
  let scheduler = FSRSScheduler(settings: .pyFSRS)
  let at = utc("2025-06-01T12:00:00Z")
  let stabilities = [0.001, 0.1, 0.5, 1, 2.5, 7, 20, 60, 365, 2000, 40_000]
  let difficulties = [1.0, 3, 5.5, 8, 10]

  @Test func intervalsNeverShrinkAsStabilityGrows() {
    var previous = 0
    var stability = 0.001
    while stability < 100_000 {
      let days = scheduler.nextIntervalDays(stability: stability)
      #expect(days >= previous, "stability \(stability): \(days) days after \(previous)")
      #expect((1...36500).contains(days))
      previous = days
      stability *= 1.07
    }
    #expect(scheduler.nextIntervalDays(stability: 10) < scheduler.nextIntervalDays(stability: 100))
    #expect(scheduler.nextIntervalDays(stability: 1e9) == 36500)
  }

  @Test func atNinetyPercentRetentionTheIntervalIsTheStability() {
    // R(S, S) = 0.9 by construction of FACTOR, so at desired retention 0.9 the interval is S days.
    #expect(scheduler.nextIntervalDays(stability: 10) == 10)
    #expect(scheduler.nextIntervalDays(stability: 123) == 123)
  }

  @Test func betterRatingsNeverGiveEarlierDueDates() {
    for stability in stabilities {
      for difficulty in difficulties {
        for elapsed in [0, 1, 3, 30, 400] {
          for phase in CardPhase.allCases {
            for step in phase == .review ? [nil] : [0, 1] as [Int?] {
              let card = FSRSCard(
                phase: phase, step: step,
                memory: MemoryState(stability: stability, difficulty: difficulty),
                due: at, lastReview: at.addingTimeInterval(-Double(elapsed) * 86_400 - 60))
              let dues = Rating.allCases.map { scheduler.review(card, rating: $0, at: at).due }
              #expect(
                dues == dues.sorted(),
                "\(phase) step \(String(describing: step)) S \(stability) D \(difficulty) t \(elapsed): \(dues)"
              )
            }
          }
        }
      }
    }
  }

  @Test func betterRatingsNeverGiveLowerStabilityInReview() {
    for stability in stabilities {
      for difficulty in difficulties {
        for elapsed in [0, 1, 3, 30, 400] {
          let memory = MemoryState(stability: stability, difficulty: difficulty)
          let next = Rating.allCases.map {
            scheduler.nextMemory(after: memory, elapsedDays: elapsed, rating: $0).stability
          }
          #expect(next == next.sorted(), "S \(stability) D \(difficulty) t \(elapsed): \(next)")
          let harder = Rating.allCases.map {
            scheduler.nextMemory(after: memory, elapsedDays: elapsed, rating: $0).difficulty
          }
          #expect(harder == harder.sorted(by: >), "S \(stability) D \(difficulty): \(harder)")
        }
      }
    }
  }

  @Test func retrievabilityIsAtMostOneAndFallsWithTime() {
    for stability in stabilities {
      #expect(scheduler.retrievability(stability: stability, elapsedDays: 0) == 1)
      var previous = 1.0
      for days in [1, 2, 5, 10, 100, 1000, 36500] {
        let recall = scheduler.retrievability(stability: stability, elapsedDays: days)
        #expect(
          recall > 0 && recall < previous,
          "S \(stability), \(days) days: \(recall) after \(previous)")
        previous = recall
      }
    }
  }

  @Test func retrievabilityIsNinetyPercentAfterStabilityDays() {
    #expect(abs(scheduler.retrievability(stability: 30, elapsedDays: 30) - 0.9) < 1e-12)
  }

  @Test func cardRetrievabilityIsZeroWhenNewAndOneOnTheSameDay() {
    #expect(scheduler.retrievability(of: .new(at: at), at: at) == 0)
    let card = scheduler.review(nil, rating: .good, at: at)
    #expect(scheduler.retrievability(of: card, at: at.addingTimeInterval(86_399)) == 1)
    #expect(scheduler.retrievability(of: card, at: at.addingTimeInterval(-5)) == 1)
    #expect(scheduler.retrievability(of: card, at: at.addingTimeInterval(86_400)) < 1)
  }
}
