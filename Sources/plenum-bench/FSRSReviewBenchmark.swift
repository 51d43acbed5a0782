import Foundation
import PlenumScheduling

/// `fsrs-review`: 100,000 cards × 10 reviews through `ReviewScheduler`, each review on the
/// card's due date, ratings from a fixed hash of (card, review) that peers.py reproduces.
/// One line with fuzz off and one with fuzz on (rolling 24-hour days, as py-fsrs), and one
/// with the product defaults (fuzz on, calendar days from 4 am).
let fsrsReviewBenchmark = Benchmark(name: "fsrs-review") { FSRSReviewBenchmark.run() }

enum FSRSReviewBenchmark {
  /// PLENUM_BENCH_FSRS_CARDS makes it smaller (for profiling under valgrind).
  static let cards =
    Int(ProcessInfo.processInfo.environment["PLENUM_BENCH_FSRS_CARDS"] ?? "") ?? 100_000
  static let reviewsPerCard = 10
  /// 2024-01-08T09:00:00Z, the first review of every card.
  static let start = Date(timeIntervalSince1970: 1_704_704_400)

  /// The rating of review `review` of card `card`: SplitMix64 of card·10 + review, top 53 bits
  /// as u in [0, 1): Again below 0.1, Hard below 0.2, Good below 0.9, else Easy.
  static func rating(card: Int, review: Int) -> Rating {
    var z = UInt64(card * reviewsPerCard + review) &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    let u = Double((z ^ (z >> 31)) >> 11) * 0x1.0p-53
    return u < 0.1 ? .again : u < 0.2 ? .hard : u < 0.9 ? .good : .easy
  }

  static func run() {
    let ids = (0..<cards).map { "card-\($0)" }
    var ratings: [Rating] = []
    ratings.reserveCapacity(cards * reviewsPerCard)
    for card in 0..<cards {
      for review in 0..<reviewsPerCard { ratings.append(rating(card: card, review: review)) }
    }
    let variants: [(String, SchedulerSettings, String)] = [
      ("fuzz-off", SchedulerSettings(fuzz: false, dayPolicy: .rolling24h), "rolling24h"),
      ("fuzz-on", SchedulerSettings(fuzz: true, dayPolicy: .rolling24h), "rolling24h"),
      ("fuzz-on-calendar", .defaults, "calendar 4am UTC"),
    ]
    for (variant, settings, policy) in variants {
      let scheduler = ReviewScheduler(kind: .fsrs, settings: settings)
      var checksum = 0.0
      let samples = Stopwatch.samples(runs: 5) {
        checksum = pass(scheduler, ids: ids, ratings: ratings, cards: cards)
      }
      var line = BenchLine(
        name: "fsrs-review", n: cards * reviewsPerCard, samples: samples, unit: "reviews/s")
      line["variant"] = .string(variant)
      line["cards"] = .int(cards)
      line["reviews_per_card"] = .int(reviewsPerCard)
      line["day_policy"] = .string(policy)
      line["ns_per_review"] = .double(samples.median * 1e6 / Double(cards * reviewsPerCard))
      line["due_days_sum"] = .double(checksum)
      if variant == "fuzz-off" {
        // The same sum over the first 10,000 cards: peers.py checks py-fsrs gets the same.
        line["due_days_sum_first_10000"] = .double(
          pass(scheduler, ids: ids, ratings: ratings, cards: min(10_000, cards)))
      }
      line.emit()
    }
  }

  /// Reviews every card 10 times, each at its due time; returns the sum of the final due
  /// times in days after `start` (a checksum, and what keeps the work from being optimized out).
  static func pass(_ scheduler: ReviewScheduler, ids: [String], ratings: [Rating], cards: Int)
    -> Double
  {
    var sum = 0.0
    let fuzz = scheduler.fsrs.settings.fuzz
    for card in 0..<cards {
      var schedule: CardSchedule?
      var at = start
      for review in 0..<reviewsPerCard {
        let next = scheduler.reviewed(
          schedule, rating: ratings[card * reviewsPerCard + review], at: at,
          fuzzKey: fuzz ? FuzzKey(cardID: ids[card], reviewIndex: review) : nil)
        schedule = next
        at = next.due
      }
      sum += at.timeIntervalSince(start) / 86_400
    }
    return sum
  }
}
