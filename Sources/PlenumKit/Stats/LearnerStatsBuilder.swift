import Foundation
import PlenumProgress
import PlenumScheduling

/// Computes `LearnerStats` from a learner's reviews, a deck and the scheduler settings.
public struct LearnerStatsBuilder: Sendable {
  /// Cards whose interval reached this many days count as mature (Anki's 21).
  public static let matureDays = 21.0

  public var deck: Deck
  public var names: [String: String]
  public var settings: SchedulerSettings
  public var kind: SchedulerKind
  public var statsSettings: StatsSettings

  public init(
    deck: Deck, names: [String: String], settings: SchedulerSettings, kind: SchedulerKind = .fsrs,
    statsSettings: StatsSettings
  ) {
    self.kind = kind
    self.deck = deck
    self.names = names
    self.settings = settings
    self.statsSettings = statsSettings
  }

  /// The statistics at `now`, with `days` days of history per day; `reviews` in time order,
  /// as a log reading has them.
  public func build(_ reviews: [ReviewRecord], now: Date, days: Int = 30) -> LearnerStats {
    let fold = ProgressFold(settings: settings, kind: kind)
    let history = history(of: reviews, fold: fold, now: now)
    // Cards of other decks (or removed from this one) count as reviews, not as this deck's.
    let deckIDs = deck.cardIDs
    let inDeck = history.states.filter { deckIDs.contains($0.key) }
    let label = dayLabels(now: now)
    return LearnerStats(
      reviews: reviews.count, cardsSeen: history.states.count, cardsInDeck: deck.cards.count,
      dueNow: inDeck.values.count { $0.due <= now },
      newAvailable: newAvailable(inDeck: inDeck, now: now),
      retention: reviews.isEmpty ? nil : Double(history.correct) / Double(reviews.count),
      desiredRetention: settings.desiredRetention, young: history.trueRetention.young,
      mature: history.trueRetention.mature, trueRetention: history.trueRetention.all,
      mastered: history.states.values.count {
        $0.stability >= ClassReport.masteredStabilityDays
      },
      perDay: (0..<days).reversed().map {
        LearnerStats.Day(date: label(-$0), reviews: history.perDay[-$0] ?? 0)
      },
      forecast: forecast(inDeck: inDeck, now: now, label: label),
      streak: Self.streak(history.perDay),
      mastery: masteryTable(states: inDeck, scheduler: fold.scheduler, now: now),
      trouble: trouble(inDeck: inDeck, wrongAnswers: history.wrongAnswers),
      settings: statsSettings)
  }

  /// What one pass over the reviews gathers: card states and the counts the stats show.
  private struct History {
    var states: [String: CardProgress] = [:]
    var trueRetention: TrueRetention
    /// Reviews per learning day, by offset from today (0 today, -1 yesterday, …).
    var perDay: [Int: Int] = [:]
    /// The non-empty wrong answers given to each card, oldest first.
    var wrongAnswers: [String: [String]] = [:]
    var correct = 0
  }

  /// Folds the reviews into card states, counting per day, correct and wrong answers and
  /// true retention on the way. The time zone is looked up once, and states are kept by slot
  /// (one per card, in order of first review) so each review hashes its card id once.
  private func history(of reviews: [ReviewRecord], fold: ProgressFold, now: Date) -> History {
    let policy = ResolvedDayPolicy(settings.dayPolicy)
    var history = History(trueRetention: TrueRetention(policy: settings.dayPolicy, now: now))
    var slots: [String: Int] = [:]
    var progress: [CardProgress] = []
    for review in reviews {
      let event = ReviewEvent(review)
      history.perDay[policy.elapsedDays(from: now, to: event.at), default: 0] += 1
      if review.verdict == .correct { history.correct += 1 }
      if review.verdict == .wrong, !review.answer.isEmpty {
        history.wrongAnswers[review.card, default: []].append(review.answer)
      }
      let slot = slots[review.card]
      let before = slot.map { progress[$0] }
      history.trueRetention.count(
        card: review.card, at: event.at, rating: review.rating, before: before)
      let after = fold.progress(after: event, from: before)
      if let slot {
        progress[slot] = after
      } else {
        slots[review.card] = progress.count
        progress.append(after)
      }
    }
    history.states.reserveCapacity(slots.count)
    for (card, slot) in slots { history.states[card] = progress[slot] }
    return history
  }

  /// New cards still allowed today: the daily limit less those introduced today, at most the
  /// deck's unseen cards.
  private func newAvailable(inDeck: [String: CardProgress], now: Date) -> Int {
    let policy = settings.dayPolicy
    let introduced = inDeck.values.count { policy.elapsedDays(from: $0.firstReview, to: now) == 0 }
    let unseen = deck.cards.count - inDeck.count
    return min(unseen, max(0, statsSettings.newPerDay - introduced))
  }

  /// Cards due on each of the next 14 learning days; overdue cards count today.
  private func forecast(
    inDeck: [String: CardProgress], now: Date, label: (Int) -> String
  ) -> [LearnerStats.Day] {
    let policy = settings.dayPolicy
    var counts: [Int: Int] = [:]
    for state in inDeck.values {
      let day = max(0, policy.elapsedDays(from: now, to: state.due))
      if day < 14 { counts[day, default: 0] += 1 }
    }
    return (0..<14).map { LearnerStats.Day(date: label($0), reviews: counts[$0] ?? 0) }
  }

  /// A day's label (yyyy-MM-dd, in the day policy's time zone) by its offset from `now`.
  private func dayLabels(now: Date) -> (Int) -> String {
    let calendar = Self.calendar(settings.dayPolicy)
    return { offset in
      let date = now.addingTimeInterval(Double(offset) * 86_400)
      let parts = calendar.dateComponents([.year, .month, .day], from: date)
      return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
  }

  /// Days in a row with reviews, ending today, or yesterday when nothing yet today.
  private static func streak(_ perDay: [Int: Int]) -> Int {
    var streak = 0
    var day = perDay[0] == nil ? -1 : 0
    while perDay[day] != nil {
      streak += 1
      day -= 1
    }
    return streak
  }

  /// The ten cards failed most: by lapses, then by wrong answers, then by id.
  private func trouble(inDeck: [String: CardProgress], wrongAnswers: [String: [String]])
    -> [LearnerStats.Trouble]
  {
    inDeck.filter { $0.value.lapses > 0 || wrongAnswers[$0.key] != nil }
      .sorted {
        ($0.value.lapses, wrongAnswers[$0.key]?.count ?? 0, $1.key) > (
          $1.value.lapses, wrongAnswers[$1.key]?.count ?? 0, $0.key
        )
      }
      .prefix(10)
      .compactMap { id, state -> LearnerStats.Trouble? in
        guard let card = deck.cards.first(where: { $0.id == id }) else { return nil }
        return LearnerStats.Trouble(
          card: id, prompt: card.prompt, answer: card.answer, lapses: state.lapses,
          wrongAnswers: Array((wrongAnswers[id] ?? []).suffix(5)))
      }
  }

  private func masteryTable(states: [String: CardProgress], scheduler: ReviewScheduler, now: Date)
    -> [LearnerStats.Mastery]
  {
    var table: [String: (cards: Int, seen: Int, recall: Double)] = [:]
    for card in deck.cards {
      for topic in card.topics where names[topic] != nil {
        var entry = table[topic] ?? (0, 0, 0)
        entry.cards += 1
        if let state = states[card.id] {
          entry.seen += 1
          entry.recall +=
            scheduler.recallNow(of: state.schedule, at: now) ?? (state.due > now ? 1 : 0)
        }
        table[topic] = entry
      }
    }
    return table.map { topic, entry in
      LearnerStats.Mastery(
        topic: topic, name: names[topic] ?? topic, cards: entry.cards, seen: entry.seen,
        recall: entry.seen == 0 ? 0 : entry.recall / Double(entry.seen))
    }.sorted { ($0.seen == 0 ? 2 : $0.recall, $0.topic) < ($1.seen == 0 ? 2 : $1.recall, $1.topic) }
  }

  static func calendar(_ policy: DayPolicy) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    if case .calendar(_, let identifier) = policy, let zone = TimeZone(identifier: identifier) {
      calendar.timeZone = zone
    } else {
      calendar.timeZone = TimeZone(identifier: "UTC")!
    }
    return calendar
  }
}
