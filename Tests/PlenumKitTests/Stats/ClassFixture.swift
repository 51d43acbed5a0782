import Foundation
import PlenumScheduling
import Testing

@testable import PlenumKit
@testable import PlenumProgress

/// The fixture class in Fixtures/class: four learners' logs written as if studied between
/// 2026-09-01 and 2026-09-14, reported on at 2026-09-15T09:00Z, plus eve, who has no log.
///
/// Cards: A = event-place:li-sangjo-appeal (Moscow), B = event-date:secret-speech-event
/// (February 1956), C = event-date:kwp-third-congress (given a synthetic answer, 1950 – 1953), D = event-place:kim-briefs-ivanov
/// (reviewed by ana only). Each log's lines are listed in the test that uses them.
enum ClassFixture {
  static let cardA = "event-place:li-sangjo-appeal"
  static let cardB = "event-date:secret-speech-event"
  static let cardC = "event-date:kwp-third-congress"
  static let cardD = "event-place:kim-briefs-ivanov"

  /// 2026-09-15T09:00:00Z.
  static let now = Date(timeIntervalSince1970: 1_789_462_800)

  /// The class folder inside the test bundle.
  static func folder() throws -> String {
    try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/class").path
  }

  /// A deck holding A, B and C (not D), with the prompts the report should show.
  static let deck = Deck(
    id: "fixture", title: "Fixture <deck>", corpus: "august-1956", seed: 1,
    cards: [
      card(
        cardA, kind: .eventPlace, prompt: "Where did Li Sang-jo appeal to Khrushchev?",
        answer: "Moscow"),
      card(
        cardB, kind: .eventDate, prompt: "When was the 20th CPSU Congress?", answer: "February 1956"
      ),
      card(cardC, kind: .eventDate, prompt: "When was the Korean War?", answer: "1950 – 1953"),
    ], names: [])

  private static func card(_ id: String, kind: CardKind, prompt: String, answer: String) -> Card {
    Card(
      id: id, fact: id, kind: kind, prompt: prompt, answer: answer,
      expected: .text(accepted: [answer]), forms: [.typed], explanation: "", sources: [], topics: []
    )
  }

  /// Product defaults in UTC: learning days start at 04:00 UTC.
  static let builder = ClassReportBuilder(deck: deck, settings: .defaults)

  /// The report built from the fixture folders, read as `plenum report` reads them.
  static func report() throws -> ClassReport {
    let roster = try ClassRoster.learners(in: [folder()])
    let learners = roster.map { entry in
      ClassReportBuilder.Learner(
        name: entry.name, reading: ReviewLog.read(learnerFolder: entry.folder))
    }
    return builder.build(learners, now: now)
  }
}
