import Foundation
import PlenumScheduling

/// Chooses what to ask next: learning cards whose step is due, then review cards due now
/// (most overdue first), then today's new cards; learning cards due within the learn-ahead
/// window come early when nothing else is left, as in Anki.
public struct StudyQueue: Sendable {
  /// How far ahead a learning card may be shown when nothing else is due (Anki: 20 minutes).
  public static let learnAhead: TimeInterval = 20 * 60

  public var cards: [Card]
  public var newPerDay: Int

  public init(cards: [Card], newPerDay: Int) {
    self.cards = cards
    self.newPerDay = newPerDay
  }

  /// New cards in a stable order that spreads related cards apart (by a hash of the id), so
  /// "When was X?" is not followed by "What happened on that day?".
  public static func newOrder(_ cards: [Card], seed: UInt64) -> [Card] {
    cards.map { card -> (Card, UInt64) in
      var rng = SeededGenerator(seed: seed, key: card.id)
      return (card, rng.next())
    }.sorted { $0.1 < $1.1 }.map(\.0)
  }

  /// Sibling keys (`Card.sibling`) of the cards reviewed on the learning day of `now`. Their
  /// new siblings wait for another day, as with Anki's "bury new siblings": a new card asked
  /// right after its sibling is answered from the sibling's explanation, not from memory.
  public func siblingsStudied(
    states: [String: CardProgress], now: Date, dayPolicy: DayPolicy
  ) -> Set<String> {
    // The time zone looked up once (`DayPolicy.elapsedDays` looks it up on every call): this
    // runs after every answer.
    let days = ResolvedDayPolicy(dayPolicy)
    var studied = Set<String>()
    for card in cards {
      // A learning day is at most 25 hours long: older reviews skip the calendar arithmetic.
      guard let last = states[card.id]?.schedule.lastReview,
        now.timeIntervalSince(last) < 2 * 86_400, days.elapsedDays(from: last, to: now) == 0
      else { continue }
      studied.insert(card.sibling)
    }
    return studied
  }

  /// The next card, or nil when the session is done. `introducedToday` counts new cards
  /// first seen today; `postponed` are cards skipped this session (asked last); new cards
  /// whose sibling key is in `buried` wait for another day.
  ///
  /// A new card that was skipped keeps its place in the day's allowance: it was shown, and
  /// `:skip` promises it comes back, so it is asked before the allowance runs out on others.
  public func next(
    states: [String: CardProgress], now: Date, introducedToday: Int,
    postponed: Set<String> = [], buried: Set<String> = []
  ) -> Card? {
    let reserved =
      postponed.isEmpty
      ? 0
      : cards.count {
        postponed.contains($0.id) && states[$0.id] == nil
      }
    var dueLearning: (Card, Date)?
    var dueReview: (Card, Date)?
    var aheadLearning: (Card, Date)?
    var firstNew: Card?
    for card in cards where !postponed.contains(card.id) {
      guard let state = states[card.id] else {
        if firstNew == nil, !buried.contains(card.sibling) { firstNew = card }
        continue
      }
      let due = state.due
      let learning = state.isLearning
      if due <= now {
        if learning {
          if dueLearning.map({ due < $0.1 }) ?? true { dueLearning = (card, due) }
        } else if dueReview.map({ due < $0.1 }) ?? true {
          dueReview = (card, due)
        }
      } else if learning, due <= now.addingTimeInterval(Self.learnAhead) {
        if aheadLearning.map({ due < $0.1 }) ?? true { aheadLearning = (card, due) }
      }
    }
    if let card = dueLearning?.0 ?? dueReview?.0 { return card }
    if introducedToday + reserved < newPerDay, let firstNew { return firstNew }
    if let card = aheadLearning?.0 { return card }
    return cards.first {
      postponed.contains($0.id) && isAskable($0, states: states, now: now)
    }
  }

  /// A postponed card is asked again when it is new (its slot was kept) or due soon.
  private func isAskable(_ card: Card, states: [String: CardProgress], now: Date) -> Bool {
    guard let state = states[card.id] else { return true }
    return state.due <= now.addingTimeInterval(Self.learnAhead)
  }

  /// Learning cards not due yet but due within `learnAhead`: `next` asks them when nothing
  /// else is left, so a status line that says "0 due, 0 new" must mention them.
  public func learningSoon(states: [String: CardProgress], now: Date) -> Int {
    let horizon = now.addingTimeInterval(Self.learnAhead)
    return cards.count {
      guard let state = states[$0.id] else { return false }
      return state.isLearning && state.due > now && state.due <= horizon
    }
  }

  /// Counts for a status line: due now (learning and review) and new still available today
  /// (not counting new cards whose sibling key is in `buried`).
  public func counts(
    states: [String: CardProgress], now: Date, introducedToday: Int, buried: Set<String> = []
  ) -> (due: Int, new: Int) {
    var due = 0
    var unseen = 0
    for card in cards {
      if let state = states[card.id] {
        if state.due <= now { due += 1 }
      } else if !buried.contains(card.sibling) {
        unseen += 1
      }
    }
    return (due, min(unseen, max(0, newPerDay - introducedToday)))
  }
}
