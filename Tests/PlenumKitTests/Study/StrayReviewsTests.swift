import Testing

@testable import PlenumKit
@testable import PlenumProgress

/// Reviews of cards the deck does not have: counted once, in one place.
@Suite struct StrayReviewsTests {
  /// ana reviewed D, which the fixture deck does not have (see `ClassFixture`).
  @Test func findsTheReviewsOfCardsNotInTheDeck() throws {
    let reviews = ReviewLog.read(learnerFolder: try ClassFixture.folder() + "/ana").reviews
    let stray = StrayReviews(reviews, deck: ClassFixture.deck)
    #expect(stray.cards == [ClassFixture.cardD])
    #expect(stray.reviews == reviews.count { $0.card == ClassFixture.cardD })
    #expect(stray.reviews > 0)
    #expect(!stray.isEmpty)
  }

  @Test func reviewsOfTheDecksCardsAreNotStray() {
    let reviews = [
      StatsReviews.record(1, ClassFixture.cardA, "2026-09-01T10:00:00Z", .good),
      StatsReviews.record(2, ClassFixture.cardC, "2026-09-01T10:01:00Z", .again),
    ]
    let stray = StrayReviews(reviews, deck: ClassFixture.deck)
    #expect(stray.cards == [] && stray.reviews == 0)
    #expect(stray.isEmpty)
  }

  @Test func cardsNotInTheDeckAreDistinctAndSorted() {
    let ids = ["z", ClassFixture.cardA, "b", "z", ClassFixture.cardB]
    #expect(ClassFixture.deck.cardsNotInDeck(ids) == ["b", "z"])
  }

  /// The one naming rule of log files, as the reader, doctor and the benchmarks use it.
  @Test func logFileNamesNeedADeviceName() {
    #expect(ReviewLog.isLogFileName(ReviewLog.fileName(deviceID: "ab12cd34ef56")))
    #expect(ReviewLog.isLogFileName("reviews-x.jsonl"))
    #expect(!ReviewLog.isLogFileName("reviews-.jsonl"))
    #expect(!ReviewLog.isLogFileName("reviews-x.jsonl.bad"))
    #expect(!ReviewLog.isLogFileName("settings.json"))
  }
}
