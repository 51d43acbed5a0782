import Foundation
import Testing

@testable import PlenumScheduling

@Suite struct SchedulerSettingsTests {
  func problem(_ settings: SchedulerSettings) -> String? {
    do {
      try settings.validate()
      return nil
    } catch {
      return error.description
    }
  }

  @Test func defaultsAreValid() {
    #expect(problem(.defaults) == nil)
    #expect(problem(.pyFSRS) == nil)
    #expect(problem(.defaults(timeZoneIdentifier: "America/New_York")) == nil)
    #expect(
      SchedulerSettings.defaults.dayPolicy == .calendar(rolloverHour: 4, timeZoneIdentifier: "UTC"))
  }

  @Test func everyDefaultWeightIsInsideItsBounds() {
    #expect(FSRSWeights.bounds.count == FSRSWeights.count)
    for (index, range) in FSRSWeights.bounds.enumerated() {
      #expect(range.contains(FSRSWeights.defaults[index]), "w\(index)")
    }
  }

  @Test func rejectsAWeightOutsideItsRange() {
    var values = FSRSWeights.defaults.values
    values[7] = 2.5
    #expect(
      problem(SchedulerSettings(weights: FSRSWeights(unchecked: values)))
        == "Scheduler weight w7 is 2.5, outside its allowed range 0.001…0.75; set it inside that range or reset the weights to the defaults."
    )
    values[7] = 0.001
    values[20] = 0.05
    #expect(
      problem(SchedulerSettings(weights: FSRSWeights(unchecked: values)))
        == "Scheduler weight w20 is 0.05, outside its allowed range 0.1…0.8; set it inside that range or reset the weights to the defaults."
    )
  }

  @Test func rejectsRetentionOutsideSeventyToNinetyNinePercent() {
    #expect(
      problem(SchedulerSettings(desiredRetention: 0.995))
        == "Desired retention is 0.995, outside the allowed range 0.7…0.99; choose a value in that range (0.9 is the default)."
    )
    #expect(problem(SchedulerSettings(desiredRetention: 0.7)) == nil)
    #expect(problem(SchedulerSettings(desiredRetention: 0.99)) == nil)
  }

  @Test func rejectsStepsThatAreNotPositive() {
    #expect(
      problem(SchedulerSettings(learningSteps: [60, 0]))
        == "Learning step 2 is 0.0 seconds; every step must be a positive duration.")
    #expect(
      problem(SchedulerSettings(relearningSteps: [-600]))
        == "Relearning step 1 is -600.0 seconds; every step must be a positive duration.")
    #expect(problem(SchedulerSettings(learningSteps: [], relearningSteps: [])) == nil)
  }

  @Test func rejectsAMaximumIntervalBelowOneDay() {
    #expect(
      problem(SchedulerSettings(maximumInterval: 0))
        == "Maximum interval is 0 days; it must be at least 1 day.")
  }

  @Test func rejectsABadRolloverHourOrTimeZone() {
    #expect(
      problem(SchedulerSettings(dayPolicy: .calendar(rolloverHour: 24, timeZoneIdentifier: "UTC")))
        == "Day rollover hour is 24; it must be an hour from 0 to 23 (4 is the default).")
    #expect(
      problem(
        SchedulerSettings(dayPolicy: .calendar(rolloverHour: 4, timeZoneIdentifier: "Mars/Olympus"))
      )
        == "Time zone \"Mars/Olympus\" is unknown; use an IANA name such as Europe/Berlin or UTC.")
  }
}
