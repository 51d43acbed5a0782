import Foundation
import PlenumKit
import PlenumProgress
import PlenumScheduling

/// Simulated learners studying the default deck, one session a day: the app's scheduler
/// decides when each card is due, a memory model (recall with the FSRS retrievability)
/// decides the rating, so the log has the intervals, lapses and answers of a real one.
/// Everything is drawn from a seeded generator: the same learner number gives the same log.
struct LearnerSimulator {
  let deck: Deck
  /// The deck's cards in the study loop's new-card order.
  let cards: [Card]
  let scheduler: FSRSScheduler
  /// What a learner types when right and when wrong, per card and form.
  private let answers:
    [(choice: (right: String, wrong: String), typed: (right: String, wrong: String))]
  private let typedFrom: [Bool]

  /// 2024-01-08T00:00:00Z: the first simulated study day.
  static let firstDay: Int64 = 1_704_672_000_000
  static let dayMilliseconds: Int64 = 86_400_000
  /// New cards a simulated learner takes on per day (the app's default).
  static let newPerDay = 20

  init(deck: Deck, settings: SchedulerSettings = .defaults) {
    self.deck = deck
    let cards = StudyQueue.newOrder(deck.cards, seed: deck.seed)
    self.cards = cards
    scheduler = FSRSScheduler(settings: settings)
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    answers = cards.enumerated().map { index, card in
      let other = cards[(index * 31 + 7) % cards.count].answer
      let correct = card.choices.firstIndex(of: card.answer) ?? 0
      let wrongChoice = card.choices.count > 1 ? (correct + 1) % card.choices.count : correct
      return (
        (String(letters[correct]), String(letters[wrongChoice])),
        (card.answer, other == card.answer ? "I do not know" : other)
      )
    }
    typedFrom = cards.map { $0.forms.contains(.typed) && $0.forms.contains(.choice) }
  }

  /// Exactly `reviews` reviews of learner number `learner`, in time order, each with the
  /// device (0 ..< `devices`) its day's session was studied on, drawn at random per session.
  func simulate(learner: Int, reviews target: Int, devices: Int = 1) -> [(
    record: ReviewRecord, device: Int
  )] {
    var rng = PlenumKit.SeededGenerator(seed: 0x5EED, key: "learner-\(learner)")
    let count = cards.count
    var due = [Int64](repeating: .max, count: count)
    var phase = [UInt8](repeating: 0, count: count)  // 0 unseen, else CardPhase raw value
    var states = [FSRSCard?](repeating: nil, count: count)
    var reviewsOfCard = [Int](repeating: 0, count: count)
    var nextNew = 0
    var out: [(record: ReviewRecord, device: Int)] = []
    out.reserveCapacity(target)
    let offset = Int64(learner % 240) * 60_000
    var day: Int64 = 0
    while out.count < target {
      defer { day += 1 }
      if rng.next() % 100 < 15 { continue }  // a day off
      let device = devices > 1 ? Int(rng.next() % UInt64(devices)) : 0
      var now =
        Self.firstDay + day * Self.dayMilliseconds + 17 * 3_600_000 + offset
        + Int64(rng.next() % 3_600_000)
      var introduced = 0
      var inSession = 0
      while out.count < target, inSession < 200 {
        var pick = -1
        var pickDue = Int64.max
        // Learning steps due now, then reviews due now (most overdue first), then new cards,
        // then learning steps due within 20 minutes: the study queue's order.
        for i in 0..<count where phase[i] != 0 && phase[i] != 2 && due[i] <= now && due[i] < pickDue
        {
          pick = i
          pickDue = due[i]
        }
        if pick < 0 {
          for i in 0..<count where phase[i] == 2 && due[i] <= now && due[i] < pickDue {
            pick = i
            pickDue = due[i]
          }
        }
        if pick < 0, introduced < Self.newPerDay, nextNew < count {
          pick = nextNew
          nextNew += 1
          introduced += 1
        }
        if pick < 0 {
          let ahead = now + 20 * 60_000
          for i in 0..<count
          where phase[i] != 0 && phase[i] != 2 && due[i] <= ahead && due[i] < pickDue {
            pick = i
            pickDue = due[i]
          }
          if pick >= 0 { now = max(now, pickDue) }
        }
        guard pick >= 0 else { break }
        let at = Date(timeIntervalSince1970: Double(now) / 1000)
        let recallChance: Double
        switch states[pick] {
        case nil: recallChance = 0.6
        case let state? where state.phase == .review:
          recallChance = scheduler.retrievability(of: state, at: at)
        default: recallChance = 0.8
        }
        let recalled = uniform(&rng) < recallChance
        let u = uniform(&rng)
        let rating: Rating = !recalled ? .again : u < 0.15 ? .hard : u < 0.9 ? .good : .easy
        let typed =
          typedFrom[pick]
          && (states[pick]?.memory?.stability ?? 0) >= FormChooser.recallFromStability
        let form = (typed ? .typed : cards[pick].forms.first ?? .typed).reviewForm
        let pair = typed || !typedFrom[pick] ? answers[pick].typed : answers[pick].choice
        let skipped = !recalled && rng.next() % 8 == 0
        let verdict: Verdict =
          skipped ? .skipped : !recalled ? .wrong : rating == .hard && u < 0.07 ? .close : .correct
        let ms = 2_000 + Int(rng.next() % 15_000)
        let record = ReviewRecord(
          id: ReviewID.random(using: &rng), card: cards[pick].id, deck: deck.id, at: now,
          rating: rating, form: form, answer: skipped ? "" : recalled ? pair.right : pair.wrong,
          verdict: verdict, ms: ms)
        out.append((record, device))
        let next = scheduler.review(
          states[pick], rating: rating, at: at,
          fuzzKey: FuzzKey(cardID: cards[pick].id, reviewIndex: reviewsOfCard[pick]))
        states[pick] = next
        reviewsOfCard[pick] += 1
        phase[pick] = UInt8(next.phase.rawValue)
        due[pick] = Int64((next.due.timeIntervalSince1970 * 1000).rounded(.down))
        now += Int64(ms) + 3_000
        inSession += 1
      }
    }
    return out
  }

  private func uniform(_ rng: inout PlenumKit.SeededGenerator) -> Double {
    Double(rng.next() >> 11) * 0x1.0p-53
  }
}
