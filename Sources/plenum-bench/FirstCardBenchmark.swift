import Foundation
import PlenumKit
import PlenumProgress
import PlenumScheduling

/// `first-card`: process start to the first question printed, running the built `plenum`
/// (next to plenum-bench) with `--progress` on a copy of a simulated log: a 10,000-review
/// learner (the issue-2 measurement), the 1,000,000-review class log as one learner, and a
/// learner with no log yet (the fixed start-up cost: issue 15 asks for at most 30 ms).
/// Nothing is typed until the first question appears; then stdin is closed and plenum ends.
let firstCardBenchmark = Benchmark(name: "first-card") { FirstCardBenchmark.run() }

enum FirstCardBenchmark {
  /// The lines that end a question (`CardPresentation.instruction` of each form).
  static let instructions: Set<String> = [
    "Answer with a letter or the text of a choice.",
    "Type the letters in order, earliest first (e.g. \"c a d b\").",
    "Answer true or false.", "Type your answer.",
  ]
  /// How far above the in-process load (read + fold + queue) the first card may come
  /// (issue 15; it was 150 ms before the default deck was precomputed).
  static let targetAboveFoldMilliseconds = 50.0
  /// Process start to the first card with an empty log (issue 15).
  static let targetEmptyLogMilliseconds = 30.0

  static func run() {
    guard let plenum = ChildProcess.builtPlenum(for: "first-card") else { return }
    let root = Scratch.folder("first-card")
    let empty = Scratch.folder("empty-log")
    let cases: [(String, String, Int)] = [
      ("empty", empty, 20), ("learner-10k", SyntheticLogs.learnerFolder, 20),
      ("class-1m", SyntheticLogs.classFolder, 5),
    ]
    for (learner, source, runs) in cases {
      SyntheticLogs.copyFolder(source, to: root + "/" + learner)
      measure(plenum: plenum, root: root, learner: learner, runs: runs)
    }
  }

  /// A day after the last review, or an hour after the first card falls due if that is later:
  /// since the default deck has 206 cards, the 10,000-review learner has seen them all, and
  /// with nothing due the next day plenum would end without a question.
  static func studyTime(_ folder: String) -> Date {
    let reading = ReviewLog.read(learnerFolder: folder)
    let last = reading.reviews.last?.at ?? LearnerSimulator.firstDay
    let dayAfter = Date(
      timeIntervalSince1970: Double(last + LearnerSimulator.dayMilliseconds) / 1000)
    let states = ProgressFold(settings: .defaults).fold(
      reading.reviews.lazy.map { ReviewEvent(card: $0.card, at: $0.date, rating: $0.rating) })
    guard let due = states.values.map(\.due).min() else { return dayAfter }
    return max(dayAfter, due.addingTimeInterval(3600))
  }

  static func measure(plenum: String, root: String, learner: String, runs: Int) {
    let folder = root + "/" + learner
    let now = studyTime(folder)
    let formatter = ISO8601DateFormatter()
    var environment = ProcessInfo.processInfo.environment
    environment["PLENUM_NOW"] = formatter.string(from: now)
    environment["TZ"] = "UTC"
    environment["NO_COLOR"] = "1"
    environment["HOME"] = root
    environment["PLENUM_PROGRESS"] = nil
    let arguments = ["study", "--progress", root, "--learner", learner]
    var times: [Double] = []
    var cpu: [Double] = []
    var peak = 0.0
    var failure: String?
    for run in 0...runs {
      let start = Stopwatch.now()
      guard
        var child = ChildProcess(
          path: plenum, arguments: arguments, environment: environment,
          stderrPath: root + "/stderr.txt")
      else {
        failure = "plenum could not be started"
        break
      }
      var shown: Double?
      while let line = child.readLine() {
        if instructions.contains(line) {
          shown = Stopwatch.milliseconds(since: start)
          peak = max(peak, child.peakMegabytesSoFar() ?? 0)
          if run > 0, let used = child.cpuMillisecondsSoFar() { cpu.append(used) }
          break
        }
      }
      let status = child.wait()
      guard let shown else {
        failure = "plenum exited with status \(status) before showing a question; see its stderr"
        break
      }
      if run > 0 { times.append(shown) }
    }
    if let failure {
      BenchLine(name: "first-card", error: failure + " (learner \(learner))").emit()
      return
    }
    // The same load timed in a fresh process, as plenum starts fresh.
    let child = LogFoldBenchmark.measureInChild(folder: folder, runs: 3)
    let fold = child?.doubles("total_ms") ?? []
    let samples = Samples(times, cpu: cpu)
    let reviews = ReviewLog.read(learnerFolder: folder).reviews.count
    var line = BenchLine(
      name: "first-card", n: reviews, samples: samples, unitsPerSample: 1, unit: "starts/s")
    line["peak_rss_mb"] = .double(peak)
    line["learner"] = .string(learner)
    line["in_process_load_ms"] = .double(Samples(fold).median)
    line["in_process_load_cpu_ms"] = .double(Samples(child?.doubles("cpu_ms") ?? []).median)
    let above = samples.median - Samples(fold).median
    line["above_load_ms"] = .double(above)
    line["target_above_load_ms"] = .double(targetAboveFoldMilliseconds)
    if reviews == 0 {
      line["target_ms"] = .double(targetEmptyLogMilliseconds)
      line["target_ok"] = .bool(samples.median <= targetEmptyLogMilliseconds)
    } else {
      line["target_ok"] = .bool(above <= targetAboveFoldMilliseconds)
    }
    line.emit()
  }
}
