import Foundation
import PlenumKit

#if canImport(Glibc)
  import Glibc
#endif

/// `report-scale`: the real `plenum report --json` over a class of 200 and of 2,000 simulated
/// learners × 5,000 reviews (1 M and 10 M reviews, two device files per learner), timed as a
/// child process with its peak memory, and DuckDB's SQL (scripts/class_report.py) over the
/// same logs in the same run when a Python with duckdb is found ($PLENUM_DUCKDB_PYTHON, else
/// Benchmarks/.venv-duckdb/bin/python).
///
/// The classes are written once and kept (about 1 GB per 1,000 learners) under
/// $PLENUM_BENCH_TMP (else the temp folder)/plenum-bench-classes/, so later runs only time;
/// PLENUM_BENCH_SCALE_LEARNERS ("200,2000") chooses the sizes. DuckDB runs with a memory limit
/// of PLENUM_BENCH_DUCKDB_MEMORY (4GB; it spills beyond it), as the machine is shared: without
/// one it took 11 GB for the 10 M reviews.
let reportScaleBenchmark = Benchmark(name: "report-scale") { ReportScaleBenchmark.run() }

enum ReportScaleBenchmark {
  static let reviewsPerLearner = 5_000
  static let devices = 2
  /// The report's PLENUM_NOW, after every simulated review (they begin on 2024-01-08).
  static let now = "2027-01-01T00:00:00Z"
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  static var sizes: [Int] {
    let text = ProcessInfo.processInfo.environment["PLENUM_BENCH_SCALE_LEARNERS"] ?? "200,2000"
    return text.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
  }

  static func run() {
    let plenum = (ChildProcess.ownExecutable as NSString).deletingLastPathComponent + "/plenum"
    guard access(plenum, X_OK) == 0 else {
      BenchLine(name: "report-scale", error: "no plenum binary at \(plenum); build it first")
        .emit()
      return
    }
    let python = duckDBPython()
    if python == nil {
      note("report-scale: no Python with duckdb; the DuckDB lines are left out")
    }
    let memoryLimit = ProcessInfo.processInfo.environment["PLENUM_BENCH_DUCKDB_MEMORY"] ?? "4GB"
    var firstPeak: (learners: Int, megabytes: Double)?
    for learners in sizes {
      let folder = classFolder(learners: learners)
      let reviews = learners * reviewsPerLearner
      let ours = measure(plenum, ["report", "--json", folder], expectLine: true)
      var line: BenchLine
      if let ours {
        line = BenchLine(
          name: "report-scale", n: reviews, samples: Samples([ours.wallMilliseconds]),
          unit: "reviews/s")
        line["peak_rss_mb"] = .double(ours.peakMegabytes)
        line["cpu_ms"] = .double(ours.cpuMilliseconds)
        // Memory bounded by cards × students, not reviews: the peak may not grow with the
        // class beyond the students' rows (well under 1 kB each).
        if let first = firstPeak {
          let allowed = first.megabytes * 1.25 + Double(learners - first.learners) * 0.001
          line["peak_vs_smallest"] = .double(ours.peakMegabytes / first.megabytes)
          line["peak_bounded_ok"] = .bool(ours.peakMegabytes <= allowed)
        } else {
          firstPeak = (learners, ours.peakMegabytes)
        }
      } else {
        line = BenchLine(name: "report-scale", error: "plenum report failed on \(folder)")
      }
      line["learners"] = .int(learners)
      line["reviews_per_learner"] = .int(reviewsPerLearner)
      line["log_bytes"] = .int(folderBytes(folder))
      line["implementation"] = .string("plenum report --json, one learner at a time")
      if let python {
        let script = packageRoot + "/scripts/class_report.py"
        let theirs = measure(
          python, [script, folder, "--now", now, "--summary", "--memory-limit", memoryLimit],
          expectLine: true)
        if let theirs, let summary = theirs.firstLine.flatMap(parse) {
          line["duckdb_ms"] = .double(theirs.wallMilliseconds)
          line["duckdb_query_ms"] = .double((summary["query_ms"] as? NSNumber)?.doubleValue ?? 0)
          line["duckdb_cpu_ms"] = .double(theirs.cpuMilliseconds)
          line["duckdb_peak_rss_mb"] = .double(
            (summary["peak_rss_mb"] as? NSNumber)?.doubleValue ?? 0)
          line["duckdb_version"] = .string(summary["duckdb"] as? String ?? "?")
          line["duckdb_threads"] = .string("\(summary["threads"] ?? "?")")
          line["duckdb_memory_limit"] = .string(memoryLimit)
          line["duckdb_reviews"] = .int((summary["total_reviews"] as? NSNumber)?.intValue ?? 0)
          if let ours {
            line["duckdb_over_plenum"] = .double(theirs.wallMilliseconds / ours.wallMilliseconds)
          }
        } else {
          line["duckdb_error"] = .string("class_report.py failed on \(folder)")
        }
      }
      line.emit()
    }
  }

  /// What one child process took.
  struct Run {
    var wallMilliseconds: Double
    var cpuMilliseconds: Double
    var peakMegabytes: Double
    var firstLine: String?
  }

  /// Runs `path` with `arguments` to the end (stdout read and dropped): wall time, CPU time
  /// (user + system from wait4) and peak memory (VmHWM, read when the first line of output
  /// arrives: `plenum report` prints its report only when it is complete).
  static func measure(_ path: String, _ arguments: [String], expectLine: Bool) -> Run? {
    var environment = ProcessInfo.processInfo.environment
    environment["PLENUM_NOW"] = now
    environment["TZ"] = "UTC"
    let start = Stopwatch.now()
    guard
      var child = ChildProcess(
        path: path, arguments: arguments, environment: environment, stderrPath: nil)
    else { return nil }
    let first = child.readLine()
    let peak = child.peakMegabytesSoFar()
    let (status, usage) = child.waitWithUsage()
    let wall = Stopwatch.milliseconds(since: start)
    guard status == 0, first != nil || !expectLine else {
      note("\(path) ended with status \(status)")
      return nil
    }
    let cpu =
      Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
      + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
    return Run(
      wallMilliseconds: wall, cpuMilliseconds: cpu,
      peakMegabytes: peak ?? Double(usage.ru_maxrss) / 1024, firstLine: first)
  }

  static func parse(_ text: String) -> [String: Any]? {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
  }

  /// A Python that imports duckdb, or nil.
  static func duckDBPython() -> String? {
    var candidates = [packageRoot + "/Benchmarks/.venv-duckdb/bin/python"]
    if let custom = ProcessInfo.processInfo.environment["PLENUM_DUCKDB_PYTHON"], !custom.isEmpty {
      candidates.insert(custom, at: 0)
    }
    return candidates.first { candidate in
      guard access(candidate, X_OK) == 0,
        var child = ChildProcess(
          path: candidate, arguments: ["-c", "import duckdb"],
          environment: ProcessInfo.processInfo.environment)
      else { return false }
      return child.wait() == 0
    }
  }

  /// The class of `learners` simulated learners, written on first use (both cores, one
  /// learner per task) and kept for later runs; a `.complete` file marks a finished class.
  static func classFolder(learners: Int) -> String {
    let parent = ProcessInfo.processInfo.environment["PLENUM_BENCH_TMP"] ?? NSTemporaryDirectory()
    let folder = (parent as NSString).appendingPathComponent(
      "plenum-bench-classes/\(learners)x\(reviewsPerLearner)")
    let marker = folder + "/.complete"
    if FileManager.default.fileExists(atPath: marker) {
      note("report-scale: using the class already written in \(folder)")
      return folder
    }
    try? FileManager.default.removeItem(atPath: folder)
    let (_, ms) = Stopwatch.time {
      let simulator = LearnerSimulator(deck: SyntheticLogs.defaultDeck)
      DispatchQueue.concurrentPerform(iterations: learners) { learner in
        let records = simulator.simulate(
          learner: learner, reviews: reviewsPerLearner, devices: devices)
        SyntheticLogs.write(
          records, to: folder + "/" + String(format: "learner-%05d", learner), devices: devices)
      }
    }
    FileManager.default.createFile(atPath: marker, contents: Data())
    note("report-scale: simulated and wrote \(learners) learners in \(Int(ms)) ms to \(folder)")
    return folder
  }

  static func folderBytes(_ folder: String) -> Int {
    var total = 0
    let enumerator = FileManager.default.enumerator(atPath: folder)
    while let name = enumerator?.nextObject() as? String {
      let attributes = try? FileManager.default.attributesOfItem(atPath: folder + "/" + name)
      if attributes?[.type] as? FileAttributeType == .typeRegular {
        total += (attributes?[.size] as? Int) ?? 0
      }
    }
    return total
  }
}
