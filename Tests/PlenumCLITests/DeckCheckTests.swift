import Foundation
import Testing

/// `plenum generate --check`: a count per rule, every finding, exit 65 when any card breaks
/// a rule, and no deck written.
@Suite("plenum generate --check")
struct DeckCheckTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("PlenumKitTests/Fixtures/corpora").path

  @Test func theDefaultDeckPassesWithEveryRuleAtZero() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(["generate", "--check"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("Deck check: ") == true)
    #expect(lines.first?.hasSuffix(" cards, 0 problems.") == true)
    #expect(lines.count == 19, "one line per rule and nothing else")
    #expect(lines.dropFirst().allSatisfy { $0.contains("  0  ") })
    #expect(!result.stdout.contains("\"cards\""), "no deck is written")
  }

  @Test func aTeachersCorpusWithoutQuestionWordingIsRefusedWithItsFindings() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run([
      "generate", "--corpus", Self.fixtures + "/lankov-stalinism.yaml", "--check",
    ])
    #expect(result.status == 65)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let first = try #require(lines.first)
    #expect(first.hasPrefix("Deck check: 36 cards, "))
    #expect(lines.contains { $0.hasPrefix("  quantity-from-label           1  ") })
    #expect(lines.contains { $0.contains(": explanation-restates: ") })
    #expect(result.stderr.hasPrefix("plenum: The deck breaks "))
    #expect(result.stderr.hasSuffix(" rule(s); see the list above.\n"))
  }

  @Test func aFilteredDeckIsCheckedCardByCardWithoutBalanceRules() throws {
    let sandbox = try Sandbox()
    // Only date questions: a whole deck like this would break the date share.
    let result = try sandbox.run(["generate", "--kinds", "event-date", "--check"])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.contains("  too-many-date-cards           0  "))
  }
}
