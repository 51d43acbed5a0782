import Foundation
import PlenumScheduling

/// Computes `LearnerStats` from a learner's reviews, a deck and the scheduler settings.
public struct LearnerStatsBuilder: Sendable {
  /// A review as stats need it.
  public struct Review: Sendable {
    public var card: String
    public var at: Date
    public var rating: Rating
    public var verdict: String
    public var answer: String

    public init(card: String, at: Date, rating: Rating, verdict: String, answer: String) {
      self.card = card
      self.at = at
      self.rating = rating
      self.verdict = verdict
      self.answer = answer
    }
  }

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

  /// The statistics of a log's reviews (`LogReading.reviews`), read in place: a million
  /// records are not copied into `Review`s first, and the fold below is specialized for them
  /// here (a lazy view built by the caller, in another module, would run generic code).
  public func build(records: [ReviewRecord], now: Date, days: Int = 30) -> LearnerStats {
    build(
      records.lazy.map {
        Review(
          card: $0.card, at: $0.date, rating: $0.rating, verdict: $0.verdict.rawValue,
          answer: $0.answer)
      }, now: now, days: days)
  }

  /// The statistics at `now`, with `days` days of history per day.
  public func build(_ reviews: some Collection<Review>, now: Date, days: Int = 30)
    -> LearnerStats
  {
    let fold = ProgressFold(settings: settings, kind: kind)
    let scheduler = fold.scheduler
    // The time zone looked up once, not once per review.
    let policy = ResolvedDayPolicy(settings.dayPolicy)
    // States by slot, one slot per card in order of first review: one hash of the card id
    // per review here instead of one per look-up.
    var slots: [String: Int] = [:]
    var progress: [CardProgress] = []
    var trueRetention = TrueRetention(policy: settings.dayPolicy, now: now)
    var perDayCounts: [Int: Int] = [:]
    var wrongAnswers: [String: [String]] = [:]
    var correct = 0
    for review in reviews {
      let day = policy.elapsedDays(from: now, to: review.at)
      perDayCounts[day, default: 0] += 1
      if review.verdict == "correct" { correct += 1 }
      if review.verdict == "wrong", !review.answer.isEmpty {
        wrongAnswers[review.card, default: []].append(review.answer)
      }
      let slot = slots[review.card]
      trueRetention.count(
        card: review.card, at: review.at, rating: review.rating, before: slot.map { progress[$0] })
      let after = fold.progress(
        after: ReviewEvent(card: review.card, at: review.at, rating: review.rating),
        from: slot.map { progress[$0] })
      if let slot {
        progress[slot] = after
      } else {
        slots[review.card] = progress.count
        progress.append(after)
      }
    }
    var states: [String: CardProgress] = [:]
    states.reserveCapacity(slots.count)
    for (card, slot) in slots { states[card] = progress[slot] }
    let deckIDs = Set(deck.cards.map(\.id))
    let inDeck = states.filter { deckIDs.contains($0.key) }
    let dueNow = inDeck.values.filter { $0.due <= now }.count
    let introduced = inDeck.values.filter { policy.elapsedDays(from: $0.firstReview, to: now) == 0 }
      .count
    let unseen = deck.cards.count - inDeck.count
    var forecastCounts: [Int: Int] = [:]
    for state in inDeck.values {
      let day = max(0, policy.elapsedDays(from: now, to: state.due))
      if day < 14 { forecastCounts[day, default: 0] += 1 }
    }
    let calendar = Self.calendar(settings.dayPolicy)
    func label(_ offset: Int) -> String {
      let date = now.addingTimeInterval(Double(offset) * 86_400)
      let parts = calendar.dateComponents([.year, .month, .day], from: date)
      return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
    var streak = 0
    var day = perDayCounts[0] == nil ? -1 : 0
    while perDayCounts[day] != nil {
      streak += 1
      day -= 1
    }
    let mastery = masteryTable(states: inDeck, scheduler: scheduler, now: now)
    let trouble = inDeck.filter { $0.value.lapses > 0 || wrongAnswers[$0.key] != nil }
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
    return LearnerStats(
      reviews: reviews.count, cardsSeen: states.count, cardsInDeck: deck.cards.count,
      dueNow: dueNow, newAvailable: min(unseen, max(0, statsSettings.newPerDay - introduced)),
      retention: reviews.isEmpty ? nil : Double(correct) / Double(reviews.count),
      desiredRetention: settings.desiredRetention, young: trueRetention.young,
      mature: trueRetention.mature, trueRetention: trueRetention.all,
      mastered: states.values.filter { $0.stability >= ClassReport.masteredStabilityDays }.count,
      perDay: (0..<days).reversed().map {
        LearnerStats.Day(date: label(-$0), reviews: perDayCounts[-$0] ?? 0)
      },
      forecast: (0..<14).map {
        LearnerStats.Day(date: label($0), reviews: forecastCounts[$0] ?? 0)
      },
      streak: streak, mastery: mastery, trouble: Array(trouble), settings: statsSettings)
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
