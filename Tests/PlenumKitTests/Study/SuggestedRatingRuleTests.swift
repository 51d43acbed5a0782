import PlenumProgress
import PlenumScheduling
import Testing

@testable import PlenumKit

/// The rating Enter accepts after each verdict.
@Suite struct SuggestedRatingRuleTests {
  @Test func eachVerdictSuggestsItsRating() {
    #expect(Verdict.correct.suggestedRating(hinted: false) == .good)
    #expect(Verdict.close.suggestedRating(hinted: false) == .hard)
    #expect(Verdict.wrong.suggestedRating(hinted: false) == .again)
    #expect(Verdict.skipped.suggestedRating(hinted: false) == .again)
  }

  /// A hint costs a correct answer one step; it cannot make a failed one worse than Again.
  @Test func aHintTurnsGoodIntoHardOnly() {
    #expect(Verdict.correct.suggestedRating(hinted: true) == .hard)
    #expect(Verdict.close.suggestedRating(hinted: true) == .hard)
    #expect(Verdict.wrong.suggestedRating(hinted: true) == .again)
    #expect(Verdict.skipped.suggestedRating(hinted: true) == .again)
  }
}
