import Foundation
import PlenumKit
import PlenumProgress
import PlenumScheduling

#if canImport(Glibc)
  import Glibc
#endif

/// `answer`: what the study loop does per answer — pick up other devices' reviews
/// (`ReviewLog.readNew`), grade (`AnswerChecker.check`), append durably (`ReviewLog.append`,
/// fsync), fold (`ProgressFold.apply`), recount today's new cards and pick the next card
/// (`StudyQueue.next`) — 1,000 answers in a scratch folder, starting from the 10,000-review
/// learner's states. A bare fsync'ed append of a line of the same size is timed beside it.
let answerBenchmark = Benchmark(name: "answer") { AnswerBenchmark.run() }

enum AnswerBenchmark {
  static let answers = 1_000
  /// The target: an answer costs at most this much more than one bare fsync'ed append.
  static let targetAboveAppendMilliseconds = 1.0

  static func run() {
    let deck = SyntheticLogs.defaultDeck
    let settings = SchedulerSettings.defaults
    let root = Scratch.folder("answer")
    var rng = PlenumKit.SeededGenerator(seed: 42)
    let log: ReviewLog
    do {
      log = try ReviewLog(root: root, learner: "bench", deviceID: "benchdevice")
    } catch {
      BenchLine(name: "answer", error: "cannot open the log: \(error)").emit()
      return
    }
    _ = log.readAll()
    let reading = ReviewLog.read(learnerFolder: SyntheticLogs.learnerFolder)
    let fold = ProgressFold(settings: settings)
    var states = fold.fold(
      reading.reviews.map {
        ReviewEvent(
          card: $0.card, at: Date(timeIntervalSince1970: Double($0.at) / 1000), rating: $0.rating)
      })
    // A month after the last review, so plenty is due, as after a holiday.
    var now = Date(
      timeIntervalSince1970: Double((reading.reviews.last?.at ?? 0) + 30 * 86_400_000) / 1000)
    let checker = AnswerChecker(names: NameIndex(deck.names))
    let queue = StudyQueue(cards: StudyQueue.newOrder(deck.cards, seed: deck.seed), newPerDay: 20)
    let policy = settings.dayPolicy
    var stages = [[Double]](repeating: [], count: 6)
    var totals: [Double] = []
    var fallbacks = 0
    var verdicts: [Verdict: Int] = [:]
    var card = queue.next(states: states, now: now, introducedToday: 0) ?? deck.cards[0]
    for index in 0..<answers {
      var marks = [Stopwatch.now()]
      let fresh = log.readNew()
      blackHole(fresh)
      marks.append(Stopwatch.now())
      let progress = states[card.id]
      let presentation = CardPresentation(
        card: card, form: FormChooser.form(for: card, progress: progress),
        earlierReviews: progress?.reviews ?? 0)
      let typed = index % 4 == 3 ? "Kim Il Sung" : answerText(presentation)
      let outcome = checker.check(typed, against: presentation.key)
      let verdict = outcome.verdict ?? .wrong
      verdicts[verdict, default: 0] += 1
      let rating = verdict.suggestedRating(hinted: false)
      marks.append(Stopwatch.now())
      let record = ReviewRecord(
        id: ReviewID.random(using: &rng), card: card.id, deck: deck.id,
        at: Int64((now.timeIntervalSince1970 * 1000).rounded(.down)), rating: rating,
        form: presentation.form.reviewForm, answer: typed, verdict: verdict, ms: 5_000)
      do {
        try log.append(record)
      } catch {
        BenchLine(name: "answer", error: "append failed: \(error)").emit()
        return
      }
      marks.append(Stopwatch.now())
      fold.apply(ReviewEvent(card: card.id, at: now, rating: rating), to: &states)
      marks.append(Stopwatch.now())
      let introduced = states.values.filter {
        policy.elapsedDays(from: $0.firstReview, to: now) == 0
      }.count
      marks.append(Stopwatch.now())
      if let next = queue.next(states: states, now: now, introducedToday: introduced) {
        card = next
      } else {
        fallbacks += 1
        card = deck.cards[index % deck.cards.count]
      }
      marks.append(Stopwatch.now())
      for stage in 0..<6 { stages[stage].append(Double(marks[stage + 1] - marks[stage]) / 1e6) }
      totals.append(Double(marks[6] - marks[0]) / 1e6)
      now = now.addingTimeInterval(8)
    }
    let bare = bareAppends(folder: root, count: answers)
    let samples = Samples(totals)
    var line = BenchLine(
      name: "answer", n: answers, samples: samples, unitsPerSample: 1, unit: "answers/s")
    let names = ["catch_up", "check", "append_fsync", "fold_apply", "recount_new", "next_card"]
    for (name, times) in zip(names, stages) {
      line[name + "_median_us"] = .double(Samples(times).median * 1000)
      line[name + "_p99_us"] = .double(Samples(times).p99 * 1000)
    }
    let bareSamples = Samples(bare)
    line["bare_append_median_ms"] = .double(bareSamples.median)
    line["bare_append_p99_ms"] = .double(bareSamples.p99)
    line["above_bare_append_ms"] = .double(samples.median - bareSamples.median)
    line["target_ok"] = .bool(samples.median - bareSamples.median <= targetAboveAppendMilliseconds)
    line["file_system"] = .string(Scratch.fileSystem(of: root))
    line["states"] = .int(states.count)
    line["queue_fallbacks"] = .int(fallbacks)
    line["verdicts"] = .string(
      verdicts.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value)" }
        .joined(separator: " "))
    line.emit()
  }

  /// The reply a learner who knows the answer types for `presentation`.
  static func answerText(_ presentation: CardPresentation) -> String {
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    switch presentation.key {
    case .choice(let correct, _, _): return String(letters[correct])
    case .order(let correct, _): return correct.map { String(letters[$0]) }.joined(separator: " ")
    default: return AnswerChecker.expectedText(presentation.key)
    }
  }

  /// `count` appends of a typical 200-byte line: open O_APPEND, write, fsync, close. In ms.
  static func bareAppends(folder: String, count: Int) -> [Double] {
    let path = folder + "/bare.jsonl"
    let line = Array((String(repeating: "x", count: 199) + "\n").utf8)
    var times: [Double] = []
    for _ in 0..<count {
      let start = Stopwatch.now()
      let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
      _ = line.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      fsync(fd)
      close(fd)
      times.append(Stopwatch.milliseconds(since: start))
    }
    return times
  }
}
