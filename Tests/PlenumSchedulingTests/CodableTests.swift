import Foundation
import Testing

@testable import PlenumScheduling

/// States and settings survive a JSON round trip unchanged.
@Suite struct CodableTests {
  let at = utc("2025-06-01T12:00:00Z")

  func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
    try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
  }

  @Test func fsrsCardsSurviveJSON() throws {
    let scheduler = FSRSScheduler(settings: .pyFSRS)
    var card: FSRSCard? = .new(at: at)
    var date = at.addingTimeInterval(0.123)
    for rating in [Rating.good, .hard, .again, .good, .easy, .again, .good] {
      card = scheduler.review(card, rating: rating, at: date)
      #expect(try roundTrip(card!) == card!)
      date = card!.due.addingTimeInterval(3_333.5)
    }
    #expect(try roundTrip(FSRSCard.new(at: at)) == .new(at: at))
  }

  @Test func schedulesOfBothKindsSurviveJSON() throws {
    for kind in SchedulerKind.allCases {
      let seam = ReviewScheduler(kind: kind, settings: .defaults)
      let schedule = seam.reviewed(
        seam.reviewed(nil, rating: .good, at: at), rating: .easy, at: at.addingTimeInterval(700))
      #expect(try roundTrip(schedule) == schedule)
    }
  }

  @Test func settingsSurviveJSON() throws {
    let settings = SchedulerSettings(
      desiredRetention: 0.85, learningSteps: [30, 300.5], relearningSteps: [],
      maximumInterval: 400, fuzz: false,
      dayPolicy: .calendar(rolloverHour: 3, timeZoneIdentifier: "Asia/Pyongyang"))
    #expect(try roundTrip(settings) == settings)
    #expect(try roundTrip(SchedulerSettings.pyFSRS) == .pyFSRS)
    #expect(try roundTrip(SchedulerKind.sm2) == .sm2)
  }
}
