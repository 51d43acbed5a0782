import Foundation
import PlenumKit
import PlenumProgress
import PlenumScheduling

/// `log-fold`: loads the simulated 1,000,000-review class log (one learner folder, four
/// device files) and folds it into card states, then builds the due queue, as `plenum` does
/// at start. Timed in a child process so its peak memory is the load's alone.
/// With PLENUM_BENCH_LOG_DIR set, the same files are copied there for peers.py.
let logFoldBenchmark = Benchmark(name: "log-fold") { LogFoldBenchmark.run() }

enum LogFoldBenchmark {
  static let childFlag = "--log-fold-child"
  static let peakTargetMegabytes = 300.0

  static func run() {
    let folder = SyntheticLogs.classFolder
    if let copy = ProcessInfo.processInfo.environment["PLENUM_BENCH_LOG_DIR"], !copy.isEmpty {
      SyntheticLogs.copyFolder(folder, to: copy)
      note("copied the class log to \(copy)")
    }
    guard let result = measureInChild(folder: folder, runs: 5) else {
      BenchLine(name: "log-fold", error: "the measuring child process failed").emit()
      return
    }
    let total = Samples(result.doubles("total_ms"), cpu: result.doubles("cpu_ms"))
    var line = BenchLine(
      name: "log-fold", n: result.int("reviews"), samples: total, unit: "reviews/s")
    line["peak_rss_mb"] = .double(result.double("peak_rss_mb"))
    line["read_median_ms"] = .double(Samples(result.doubles("read_ms")).median)
    line["fold_median_ms"] = .double(Samples(result.doubles("fold_ms")).median)
    line["queue_median_ms"] = .double(Samples(result.doubles("queue_ms")).median)
    line["rss_before_mb"] = .double(result.double("rss_before_mb"))
    line["cards"] = .int(result.int("cards"))
    line["files"] = .int(result.int("files"))
    line["bytes"] = .int(result.int("bytes"))
    line["diagnostics"] = .int(result.int("diagnostics"))
    line["peak_target_mb"] = .double(peakTargetMegabytes)
    line["peak_ok"] = .bool(result.double("peak_rss_mb") <= peakTargetMegabytes)
    line.emit()
  }

  /// Runs this executable in child mode on `folder` and returns what it printed.
  static func measureInChild(folder: String, runs: Int) -> ChildResult? {
    guard
      var child = ChildProcess(
        path: ChildProcess.ownExecutable, arguments: [childFlag, folder, String(runs)],
        environment: ProcessInfo.processInfo.environment, stderrPath: nil)
    else {
      note("could not start \(ChildProcess.ownExecutable)")
      return nil
    }
    let text = child.readLine()
    let status = child.wait()
    guard status == 0, let text, let data = text.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else {
      note("the child ended with status \(status) after printing: \(text ?? "nothing")")
      return nil
    }
    return ChildResult(values: object)
  }

  /// Child mode: times `runs` loads of `folder` (after one warm-up) and prints one JSON object.
  static func child(folder: String, runs: Int) {
    let deck = SyntheticLogs.defaultDeck
    let settings = SchedulerSettings.defaults
    let rssBefore = ProcessMemory.currentMegabytes()
    ProcessMemory.resetPeak()
    var read: [Double] = []
    var fold: [Double] = []
    var queue: [Double] = []
    var total: [Double] = []
    var cpu: [Double] = []
    var last = Load(reviews: 0, cards: 0, diagnostics: 0)
    for run in 0...runs {
      let startCPU = Stopwatch.threadCPU()
      let timing = load(folder: folder, deck: deck, settings: settings)
      let cpuTime = Double(Stopwatch.threadCPU() - startCPU) / 1e6
      last = timing.load
      if run == 0 { continue }
      read.append(timing.read)
      fold.append(timing.fold)
      queue.append(timing.queue)
      total.append(timing.read + timing.fold + timing.queue)
      cpu.append(cpuTime)
    }
    let names = logFiles(folder)
    let object: [String: Any] = [
      "reviews": last.reviews, "cards": last.cards, "diagnostics": last.diagnostics,
      "read_ms": read, "fold_ms": fold, "queue_ms": queue, "total_ms": total, "cpu_ms": cpu,
      "peak_rss_mb": ProcessMemory.peakMegabytes(), "rss_before_mb": rssBefore,
      "files": names.count, "bytes": names.reduce(0) { $0 + $1.1 },
    ]
    let data = try! JSONSerialization.data(withJSONObject: object)
    print(String(decoding: data, as: UTF8.self))
  }

  struct Load {
    var reviews: Int
    var cards: Int
    var diagnostics: Int
  }

  /// One load as `plenum` starts: read the union of the files, drop undone reviews, fold,
  /// count today's new cards, pick the first card and count what is due. Times in ms.
  static func load(folder: String, deck: Deck, settings: SchedulerSettings, now: Date? = nil)
    -> (load: Load, read: Double, fold: Double, queue: Double)
  {
    let (reading, readTime) = Stopwatch.time { ReviewLog.read(learnerFolder: folder) }
    let (states, foldTime) = Stopwatch.time { () -> [String: CardProgress] in
      // The reader already leaves out undone reviews; fold them as the study loop does,
      // without an intermediate copy of the records.
      let fold = ProgressFold(settings: settings)
      var states: [String: CardProgress] = [:]
      for review in reading.reviews {
        fold.apply(
          ReviewEvent(
            card: review.card, at: Date(timeIntervalSince1970: Double(review.at) / 1000),
            rating: review.rating), to: &states)
      }
      return states
    }
    let at =
      now
      ?? Date(timeIntervalSince1970: Double((reading.reviews.last?.at ?? 0) + 86_400_000) / 1000)
    let (_, queueTime) = Stopwatch.time { () -> Int in
      let policy = settings.dayPolicy
      let introduced = states.values.filter {
        policy.elapsedDays(from: $0.firstReview, to: at) == 0
      }.count
      let queue = StudyQueue(cards: StudyQueue.newOrder(deck.cards, seed: deck.seed), newPerDay: 20)
      let counts = queue.counts(states: states, now: at, introducedToday: introduced)
      let card = queue.next(states: states, now: at, introducedToday: introduced)
      blackHole(card)
      return counts.due
    }
    return (
      Load(
        reviews: reading.reviews.count, cards: states.count, diagnostics: reading.diagnostics.count),
      readTime, foldTime, queueTime
    )
  }

  /// The review log files of a folder with their sizes.
  static func logFiles(_ folder: String) -> [(String, Int)] {
    ReviewLog.logFileNames(in: folder).map { name in
      let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)
      return (name, (attributes?[.size] as? Int) ?? 0)
    }
  }
}

/// The JSON object a child mode printed.
struct ChildResult {
  let values: [String: Any]

  func double(_ key: String) -> Double { (values[key] as? NSNumber)?.doubleValue ?? 0 }
  func int(_ key: String) -> Int { (values[key] as? NSNumber)?.intValue ?? 0 }
  func doubles(_ key: String) -> [Double] { (values[key] as? [NSNumber])?.map(\.doubleValue) ?? [] }
}
