import Foundation
import Testing

@testable import PlenumScheduling

@Suite struct ReviewSchedulerTests {
  let settings = SchedulerSettings.pyFSRS
  let at = utc("2025-02-03T04:05:06Z")

  @Test func fsrsKindGivesTheSameStateAsTheFSRSScheduler() {
    let seam = ReviewScheduler(kind: .fsrs, settings: settings)
    let direct = FSRSScheduler(settings: settings)
    let first = seam.reviewed(nil, rating: .good, at: at)
    #expect(first == .fsrs(direct.review(nil, rating: .good, at: at)))
    #expect(first.due == at.addingTimeInterval(600))
    #expect(first.lastReview == at)
    #expect(seam.retrievability(of: first, at: at) == 1)
  }

  @Test func sm2KindGivesTheSameStateAsTheSM2Scheduler() {
    let seam = ReviewScheduler(kind: .sm2, settings: settings)
    let first = seam.reviewed(nil, rating: .good, at: at)
    #expect(first == .sm2(SM2Scheduler(settings: settings).review(nil, rating: .good, at: at)))
    #expect(first.due == at.addingTimeInterval(86_400))
    #expect(seam.retrievability(of: first, at: at) == nil)
  }

  @Test func aStateFromTheOtherAlgorithmStartsOver() {
    let sm2State = ReviewScheduler(kind: .sm2, settings: settings).reviewed(
      nil, rating: .easy, at: at)
    let seam = ReviewScheduler(kind: .fsrs, settings: settings)
    #expect(
      seam.reviewed(sm2State, rating: .good, at: at) == seam.reviewed(nil, rating: .good, at: at))
  }
}
