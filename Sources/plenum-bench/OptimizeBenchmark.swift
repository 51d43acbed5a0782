import Foundation
import PlenumScheduling

/// `optimize`: fits FSRS-6 parameters to a 5,000-card history. With PLENUM_OPTIMIZER_CSV set
/// (written by Benchmarks/optimizer_reference.py) it fits that file, so the numbers compare
/// with fsrs-rs's on the same history; with PLENUM_OPTIMIZER_REFERENCE also set (that script's
/// JSON) it evaluates fsrs-rs's fitted parameters with our evaluator as well.
let optimizeBenchmark = Benchmark(name: "optimize") {
  let environment = ProcessInfo.processInfo.environment
  let input: OptimizerInput
  var truth: FSRSWeights?
  if let path = environment["PLENUM_OPTIMIZER_CSV"] {
    guard let loaded = OptimizeBenchmarkSupport.readHistory(path) else {
      FileHandle.standardError.write(
        Data("optimize: cannot read \(path) as card_id,review_index,elapsed_days,rating\n".utf8))
      return
    }
    input = loaded
  } else {
    let simulated = HistorySimulator.perturbedTruth(seed: 1)
    truth = simulated
    input = HistorySimulator(truth: simulated, cards: 5_000, seed: 1).simulate()
  }
  let runs = Int(environment["PLENUM_OPTIMIZER_RUNS"] ?? "") ?? 5
  var times: [Double] = []
  var cpuTimes: [Double] = []
  var report: OptimizerReport?
  for _ in 0..<max(runs, 1) {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = OptimizeBenchmarkSupport.processCPUMilliseconds()
    report = try? FSRSOptimizer.fit(input)
    cpuTimes.append(OptimizeBenchmarkSupport.processCPUMilliseconds() - cpuStart)
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
  }
  cpuTimes.sort()
  guard let report else {
    FileHandle.standardError.write(Data("optimize: the fit failed\n".utf8))
    return
  }
  times.sort()
  let median = times[times.count / 2]
  let p99 = times[min(times.count - 1, Int((Double(times.count) * 0.99).rounded(.up)) - 1)]
  let reviews = input.reviewCount
  var line: [String: Any] = [
    "name": "optimize", "n": reviews, "cards": input.cards.count,
    "scored_reviews": report.reviewsUsed,
    "median_ms": median, "p99_ms": p99, "median_cpu_ms": cpuTimes[cpuTimes.count / 2],
    "runs": times.count, "throughput": Double(reviews) / (median / 1000),
    "peak_rss_mb": OptimizeBenchmarkSupport.peakResidentMegabytes(),
    "log_loss_before": report.logLossBefore, "log_loss_after": report.logLossAfter,
    "rmse_bins_before": report.rmseBinsBefore, "rmse_bins_after": report.rmseBinsAfter,
    "improved": report.improved,
    "parameters": report.fittedWeights.values.map { ($0 * 10_000).rounded() / 10_000 },
  ]
  if let weighted = try? FSRSOptimizer.evaluate(
    weights: report.fittedWeights, on: input, recencyWeighted: true)
  {
    line["log_loss_after_recency_weighted"] = weighted.logLoss
    line["rmse_bins_after_recency_weighted"] = weighted.rmseBins
  }
  if let truth, let exact = try? FSRSOptimizer.evaluate(weights: truth, on: input) {
    line["log_loss_truth"] = exact.logLoss
  }
  if let path = environment["PLENUM_OPTIMIZER_REFERENCE"],
    let reference = OptimizeBenchmarkSupport.referenceParameters(path),
    let ours = try? FSRSOptimizer.evaluate(weights: reference, on: input),
    let weighted = try? FSRSOptimizer.evaluate(weights: reference, on: input, recencyWeighted: true)
  {
    line["fsrs_rs_log_loss"] = ours.logLoss
    line["fsrs_rs_rmse_bins"] = ours.rmseBins
    line["fsrs_rs_log_loss_recency_weighted"] = weighted.logLoss
    line["log_loss_gap_percent"] = (report.logLossAfter / ours.logLoss - 1) * 100
  }
  let data = try! JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
  print(String(decoding: data, as: UTF8.self))
}

/// File reading and process statistics for the `optimize` benchmark.
enum OptimizeBenchmarkSupport {
  /// Reads card_id,review_index,elapsed_days,rating rows (header first) into per-card histories.
  static func readHistory(_ path: String) -> OptimizerInput? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    var cards: [[ReviewHistoryItem]] = []
    var currentCard: Substring?
    for line in text.split(whereSeparator: \.isNewline).dropFirst() {
      let fields = line.split(separator: ",")
      guard fields.count == 4, let days = Int(fields[2]), let grade = Int(fields[3]),
        let rating = Rating(rawValue: grade)
      else { return nil }
      if fields[0] != currentCard {
        cards.append([])
        currentCard = fields[0]
      }
      cards[cards.count - 1].append(ReviewHistoryItem(elapsedDays: days, rating: rating))
    }
    return cards.isEmpty ? nil : OptimizerInput(cards: cards)
  }

  /// The `fsrs_rs_parameters` array of the reference script's JSON output.
  static func referenceParameters(_ path: String) -> FSRSWeights? {
    guard let data = FileManager.default.contents(atPath: path),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let values = object["fsrs_rs_parameters"] as? [Double], values.count == 21
    else { return nil }
    return FSRSWeights(unchecked: values)
  }

  /// CPU time used by this process so far, in ms (less disturbed by other load than wall time).
  static func processCPUMilliseconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1e6
  }

  /// Peak resident set size of this process in MB (VmHWM), or 0 where /proc is missing.
  static func peakResidentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
    else { return 0 }
    return kilobytes / 1024
  }
}
