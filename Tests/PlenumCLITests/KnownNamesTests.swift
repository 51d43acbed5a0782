import Foundation
import Testing

/// Names that must exist: a mistyped learner or topic id is said, with the known ones; the
/// README's own examples name cards that exist.
@Suite("Known names")
struct KnownNamesTests {
  @Test func unknownEventIdIsAUsageErrorWithTheClosestKnownIds() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["generate", "--events", "august-plenm", "--size", "3"])
    #expect(result.status == 64)
    #expect(
      result.stderr
        == "plenum: --events: no such event 'august-plenm' in the corpus; known: august-plenum, october-plenum, cpsu-reply, purges-1957, bierut-death, … (76 in all).\n"
    )
    #expect(result.stdout == "")
  }

  @Test func mistypedLearnerIsRefusedByReadingCommandsAndNotedByStudy() throws {
    let sandbox = try Sandbox()
    let progress = ["--progress", sandbox.progress]
    let first = try sandbox.run(progress + ["--learner", "alice"], input: "\n3\n:quit\n")
    try #require(first.status == 0, "\(first.stderr)")
    for command in [["stats"], ["export-log"], ["doctor"]] {
      let result = try sandbox.run(command + progress + ["--learner", "alcie"])
      #expect(result.status == 66)
      #expect(
        result.stderr
          == "plenum: No such learner 'alcie' in \(sandbox.progress); known: alice. Check --learner.\n"
      )
    }
    let study = try sandbox.run(progress + ["--learner", "bob"], input: ":quit\n")
    #expect(study.status == 0)
    #expect(study.stderr == "plenum: starting a new learner 'bob' (known: alice).\n")
  }

  @Test func statsHelpGivesTheRangeOfDaysItAccepts() throws {
    let sandbox = try Sandbox()
    let help = try sandbox.run(["stats", "--help"])
    #expect(help.stdout.contains("Days of history to chart, 1 to 366."))
  }

  @Test func everyCardIdTheReadmeNamesIsInTheDefaultDeck() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    let named = Set(
      text.matches(of: /(?:`|plenum grade )([a-z]+(?:-[a-z]+)*:[a-z0-9.@-]+)/).map {
        String($0.output.1)
      })
    #expect(named.count >= 2)
    let sandbox = try Sandbox()
    let (deck, _) = try GeneratedDeck.load(in: sandbox)
    let ids = Set(deck.cards.map(\.id))
    for id in named.sorted() {
      #expect(ids.contains(id), "the README names '\(id)', which is not a card of the default deck")
    }
  }
}
