import Foundation
import PlenumScheduling
import Testing

@testable import PlenumKit
@testable import PlenumProgress

/// The one mapping from `settings.json` to the scheduler.
@Suite struct LearnerSchedulingTests {
  @Test func defaultSettingsGiveTheProductDefaults() {
    let scheduling = LearnerScheduling(LearnerSettings(), timeZoneIdentifier: "Asia/Seoul")
    #expect(scheduling.kind == .fsrs)
    #expect(scheduling.settings == SchedulerSettings.defaults(timeZoneIdentifier: "Asia/Seoul"))
  }

  @Test func everyStoredSettingReachesTheScheduler() {
    var weights = FSRSWeights.defaults.values
    weights[0] = 0.5
    let learner = LearnerSettings(
      desiredRetention: 0.85, learningStepsMinutes: [2], relearningStepsMinutes: [5, 30],
      maximumIntervalDays: 365, scheduler: "sm2", weights: weights)
    let scheduling = LearnerScheduling(learner, timeZoneIdentifier: "UTC")
    #expect(scheduling.kind == .sm2)
    #expect(scheduling.settings.desiredRetention == 0.85)
    #expect(scheduling.settings.learningSteps == [120])
    #expect(scheduling.settings.relearningSteps == [300, 1800])
    #expect(scheduling.settings.maximumInterval == 365)
    #expect(scheduling.settings.weights.values == weights)
    #expect(scheduling.settings.dayPolicy == .calendar(rolloverHour: 4, timeZoneIdentifier: "UTC"))
  }

  @Test func weightsOfTheWrongLengthFallBackToTheDefaults() {
    let learner = LearnerSettings(weights: [1, 2, 3])
    #expect(
      LearnerScheduling(learner, timeZoneIdentifier: "UTC").settings.weights == .defaults)
  }
}
