import Foundation
import PlenumCorpus
import PlenumKit
import PlenumScheduling
import Testing

@Suite("Choosing the next card")
struct StudyQueueTests {
  static let start = Date(timeIntervalSince1970: 1_788_253_200)  // 2026-09-01 09:00 UTC
  let fold = ProgressFold(settings: SchedulerSettings(fuzz: false, dayPolicy: .rolling24h))

  func card(_ id: String) -> Card {
    Card(
      id: id, fact: id, kind: .eventDate, prompt: "When? \(id)", answer: "1956",
      expected: .date(HistoricalDate(year: 1956)), forms: [.choice, .typed], explanation: "",
      sources: [], topics: [])
  }

  @Test func dueLearningComesFirstThenMostOverdueReviewThenNew() {
    let cards = ["a", "b", "c", "d"].map(card)
    var states: [String: CardProgress] = [:]
    // b: reviewed long ago and graduated (overdue review); c: graduated recently, due later.
    fold.apply(
      ReviewEvent(card: "b", at: Self.start.addingTimeInterval(-40 * 86_400), rating: .easy),
      to: &states)
    fold.apply(
      ReviewEvent(card: "c", at: Self.start.addingTimeInterval(-1 * 86_400), rating: .easy),
      to: &states)
    let queue = StudyQueue(cards: cards, newPerDay: 20)
    #expect(queue.next(states: states, now: Self.start, introducedToday: 0)?.id == "b")
    // a: in learning, its 1-minute step due now, so it beats the overdue review.
    fold.apply(
      ReviewEvent(card: "a", at: Self.start.addingTimeInterval(-120), rating: .again), to: &states)
    #expect(queue.next(states: states, now: Self.start, introducedToday: 1)?.id == "a")
  }

  @Test func newCardsStopAtTheDailyLimitAndLearningComesBackEarly() {
    let cards = ["a", "b"].map(card)
    var states: [String: CardProgress] = [:]
    // Good on a new card: its 10-minute learning step.
    fold.apply(ReviewEvent(card: "a", at: Self.start, rating: .good), to: &states)
    let queue = StudyQueue(cards: cards, newPerDay: 1)
    // The limit is reached, nothing is due: the learning card is shown ahead (within 20 min).
    #expect(
      queue.next(states: states, now: Self.start.addingTimeInterval(60), introducedToday: 1)?.id
        == "a")
    #expect(
      queue.next(states: states, now: Self.start.addingTimeInterval(60), introducedToday: 0)?.id
        == "b")
    let counts = queue.counts(
      states: states, now: Self.start.addingTimeInterval(60), introducedToday: 1)
    #expect(counts.due == 0 && counts.new == 0)
  }

  func gap(_ sentence: String, _ number: Int) -> Card {
    Card(
      id: "cloze:\(sentence).summary.\(number)", fact: "\(sentence).summary.\(number)",
      kind: .cloze, prompt: "Fill in the gap \(number) of \(sentence)", answer: "x",
      expected: .text(accepted: ["x"]), forms: [.typed], explanation: "", sources: [], topics: [])
  }

  @Test func aNewSiblingWaitsForTheNextDayAfterItsSiblingIsStudied() {
    let cards = [gap("dispute", 1), gap("dispute", 2), gap("plenum", 1)]
    #expect(cards.map(\.sibling) == ["dispute.summary", "dispute.summary", "plenum.summary"])
    #expect(card("event-date:x").sibling == "event-date:x", "other kinds: the fact itself")
    let queue = StudyQueue(cards: cards, newPerDay: 20)
    var states: [String: CardProgress] = [:]
    fold.apply(ReviewEvent(card: cards[0].id, at: Self.start, rating: .easy), to: &states)
    let later = Self.start.addingTimeInterval(3_600)
    let policy = DayPolicy.rolling24h
    let buried = queue.siblingsStudied(states: states, now: later, dayPolicy: policy)
    #expect(buried == ["dispute.summary"])
    #expect(
      queue.next(states: states, now: later, introducedToday: 1, buried: buried)?.id
        == cards[2].id)
    #expect(
      queue.counts(states: states, now: later, introducedToday: 1, buried: buried).new == 1)
    // Without burying, the sibling would come next, its answer still on screen.
    #expect(queue.next(states: states, now: later, introducedToday: 1)?.id == cards[1].id)
    // The next day the sibling is free again.
    let tomorrow = Self.start.addingTimeInterval(86_400 + 60)
    #expect(queue.siblingsStudied(states: states, now: tomorrow, dayPolicy: policy).isEmpty)
  }

  @Test func postponedCardsComeLast() {
    let cards = ["a", "b"].map(card)
    let queue = StudyQueue(cards: cards, newPerDay: 20)
    #expect(
      queue.next(states: [:], now: Self.start, introducedToday: 0, postponed: ["a"])?.id == "b")
    #expect(
      queue.next(states: [:], now: Self.start, introducedToday: 0, postponed: ["a", "b"])?.id == "a"
    )
  }

  @Test func formsMoveFromRecognitionToRecallAsStabilityGrows() {
    let card = card("a")
    #expect(FormChooser.form(for: card, progress: nil) == .choice)
    var states: [String: CardProgress] = [:]
    var at = Self.start
    for _ in 0..<4 {
      fold.apply(ReviewEvent(card: "a", at: at, rating: .easy), to: &states)
      at = states["a"]!.due
    }
    #expect(states["a"]!.stability >= FormChooser.recallFromStability)
    #expect(FormChooser.form(for: card, progress: states["a"]) == .typed)
  }

  @Test func foldingTheSameLogTwiceGivesTheSameStates() {
    let events = (0..<50).map {
      ReviewEvent(
        card: "c\($0 % 7)", at: Self.start.addingTimeInterval(Double($0) * 3_600),
        rating: Rating(rawValue: $0 % 4 + 1)!)
    }
    #expect(fold.fold(events) == fold.fold(events))
    let sm2 = ProgressFold(settings: .pyFSRS, kind: .sm2).fold(events)
    #expect(sm2.count == 7)
    #expect(sm2.values.allSatisfy { if case .sm2 = $0.schedule { true } else { false } })
  }
}
