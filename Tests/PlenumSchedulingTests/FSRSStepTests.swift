import Foundation
import Testing

@testable import PlenumScheduling

/// py-fsrs's learning and relearning step rules, case by case.
@Suite struct FSRSStepTests {
  let at = utc("2025-03-01T08:00:00Z")

  func scheduler(learning: [TimeInterval] = [60, 600], relearning: [TimeInterval] = [600])
    -> FSRSScheduler
  {
    FSRSScheduler(
      settings: SchedulerSettings(
        learningSteps: learning, relearningSteps: relearning, fuzz: false, dayPolicy: .rolling24h))
  }

  func wait(_ card: FSRSCard) -> TimeInterval { card.due.timeIntervalSince(at) }

  @Test func newCardWithDefaultSteps() {
    let s = scheduler()
    let again = s.review(nil, rating: .again, at: at)
    #expect(again.phase == .learning && again.step == 0 && wait(again) == 60)
    let hard = s.review(nil, rating: .hard, at: at)
    #expect(hard.phase == .learning && hard.step == 0 && wait(hard) == 330)  // (60 + 600) / 2
    let good = s.review(nil, rating: .good, at: at)
    #expect(good.phase == .learning && good.step == 1 && wait(good) == 600)
    let easy = s.review(nil, rating: .easy, at: at)
    #expect(easy.phase == .review && easy.step == nil)
    #expect(wait(easy) == Double(s.nextIntervalDays(stability: easy.memory!.stability)) * 86_400)
  }

  @Test func hardOnTheOnlyStepWaitsOneAndAHalfSteps() {
    let hard = scheduler(learning: [600]).review(nil, rating: .hard, at: at)
    #expect(hard.step == 0 && wait(hard) == 900)
  }

  @Test func hardAfterTheFirstStepRepeatsTheCurrentStep() {
    let s = scheduler(learning: [60, 600, 3600])
    let onStep1 = FSRSCard(
      phase: .learning, step: 1, memory: MemoryState(stability: 1, difficulty: 5), due: at,
      lastReview: at)
    let hard = s.review(onStep1, rating: .hard, at: at)
    #expect(hard.step == 1 && wait(hard) == 600)
    let good = s.review(onStep1, rating: .good, at: at)
    #expect(good.step == 2 && wait(good) == 3600)
  }

  @Test func goodOnTheLastStepGraduates() {
    let onLast = FSRSCard(
      phase: .learning, step: 1, memory: MemoryState(stability: 1, difficulty: 5), due: at,
      lastReview: at)
    let good = scheduler().review(onLast, rating: .good, at: at)
    #expect(good.phase == .review && good.step == nil && wait(good) >= 86_400)
  }

  @Test func withoutLearningStepsEveryRatingGoesStraightToReview() {
    let s = scheduler(learning: [])
    for rating in Rating.allCases {
      let card = s.review(nil, rating: rating, at: at)
      #expect(card.phase == .review && card.step == nil, "\(rating)")
      #expect(wait(card) == Double(s.nextIntervalDays(stability: card.memory!.stability)) * 86_400)
    }
  }

  @Test func lapseEntersRelearningOrStaysInReviewWithoutRelearningSteps() {
    let reviewCard = FSRSCard(
      phase: .review, step: nil, memory: MemoryState(stability: 20, difficulty: 5),
      due: at, lastReview: at.addingTimeInterval(-20 * 86_400))
    let relearning = scheduler().review(reviewCard, rating: .again, at: at)
    #expect(relearning.phase == .relearning && relearning.step == 0 && wait(relearning) == 600)
    let hardRelearn = scheduler().review(relearning, rating: .hard, at: at.addingTimeInterval(600))
    #expect(hardRelearn.phase == .relearning && hardRelearn.due == at.addingTimeInterval(600 + 900))
    let s = scheduler(relearning: [])
    let stays = s.review(reviewCard, rating: .again, at: at)
    #expect(stays.phase == .review && stays.step == nil)
    #expect(wait(stays) == Double(s.nextIntervalDays(stability: stays.memory!.stability)) * 86_400)
  }

  @Test func aStepPastTheEndGraduatesUnlessAgain() {
    // Steps shortened after the card reached step 2 of the old list.
    let s = scheduler(learning: [60])
    let stranded = FSRSCard(
      phase: .learning, step: 2, memory: MemoryState(stability: 1, difficulty: 5), due: at,
      lastReview: at)
    #expect(s.review(stranded, rating: .hard, at: at).phase == .review)
    let again = s.review(stranded, rating: .again, at: at)
    #expect(again.phase == .learning && again.step == 0 && wait(again) == 60)
  }
}
