import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `stats`: the built `plenum stats --json` (next to plenum-bench) on the 1,000,000-review
/// class log as one learner (the file `log-fold` reads and peers.py parses with orjson), with
/// `PLENUM_NOW` a day after the last review and TZ=UTC. Each run is a fresh process, started
/// from a small child of plenum-bench so that its peak memory (wait4's ru_maxrss) is not
/// inflated by this process, whose memory a spawned child shares until it execs.
let statsBenchmark = Benchmark(name: "stats") { StatsBenchmark.run() }

enum StatsBenchmark {
  static let childFlag = "--timed-child"
  static let runs = 5
  /// `plenum stats --json` may take this much longer than orjson parsing the same lines.
  static let targetRatioToOrjson = 1.2
  static let peakTargetMegabytes = 300.0

  static func run() {
    guard let plenum = ChildProcess.builtPlenum(for: "stats") else { return }
    let folder = SyntheticLogs.classFolder
    let last = SyntheticLogs.lastReviewTime(folder)
    let now = Date(timeIntervalSince1970: Double(last + LearnerSimulator.dayMilliseconds) / 1000)
    var environment = ProcessInfo.processInfo.environment
    environment["PLENUM_NOW"] = ISO8601DateFormatter().string(from: now)
    environment["TZ"] = "UTC"
    environment["NO_COLOR"] = "1"
    environment["HOME"] = Scratch.root
    environment["PLENUM_PROGRESS"] = nil
    let root = (folder as NSString).deletingLastPathComponent
    let learner = (folder as NSString).lastPathComponent
    let arguments = [
      childFlag, String(runs), plenum, "stats", "--json", "--progress", root, "--learner", learner,
    ]
    guard
      var child = ChildProcess(
        path: ChildProcess.ownExecutable, arguments: arguments, environment: environment,
        stderrPath: nil)
    else {
      BenchLine(name: "stats", error: "could not start \(ChildProcess.ownExecutable)").emit()
      return
    }
    let text = child.readLine()
    let status = child.wait()
    guard status == 0, let text, let data = text.data(using: .utf8),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else {
      BenchLine(name: "stats", error: "the timing child failed: \(text ?? "no output")").emit()
      return
    }
    let result = ChildResult(values: object)
    let samples = Samples(result.doubles("wall_ms"), cpu: result.doubles("cpu_ms"))
    var line = BenchLine(
      name: "stats", n: result.int("reviews"), samples: samples, unit: "reviews/s")
    line["peak_rss_mb"] = .double(result.double("peak_rss_mb"))
    line["status"] = .int(result.int("status"))
    line["spawner_rss_mb"] = .double(result.double("spawner_rss_mb"))
    line["bytes"] = .int(LogFoldBenchmark.logFiles(folder).reduce(0) { $0 + $1.1 })
    line["target_ratio_to_orjson"] = .double(targetRatioToOrjson)
    line["peak_target_mb"] = .double(peakTargetMegabytes)
    line["peak_ok"] = .bool(result.double("peak_rss_mb") <= peakTargetMegabytes)
    line.emit()
  }

  /// Child mode: runs `arguments` (a program and its arguments) once untimed, then `runs`
  /// times, and prints one JSON object: wall and CPU (user + system, from wait4) ms per run,
  /// the largest peak memory, the exit status and the `reviews` the last output reported.
  static func child(runs: Int, arguments: [String]) {
    var wall: [Double] = []
    var cpu: [Double] = []
    var peak = 0.0
    var status: Int32 = 0
    var reviews = -1
    for run in 0...runs {
      let start = Stopwatch.now()
      guard
        var process = ChildProcess(
          path: arguments[0], arguments: Array(arguments.dropFirst()),
          environment: ProcessInfo.processInfo.environment, stderrPath: "/dev/null")
      else { break }
      var output = ""
      while let line = process.readLine() { output += line + "\n" }
      let (exit, usage) = process.waitWithUsage()
      let elapsed = Stopwatch.milliseconds(since: start)
      status = exit
      if exit != 0 { break }
      if run == 0 {
        let object =
          (try? JSONSerialization.jsonObject(with: Data(output.utf8))) as? [String: Any]
        reviews = (object?["reviews"] as? NSNumber)?.intValue ?? -1
        continue
      }
      wall.append(elapsed)
      func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
      cpu.append(ms(usage.ru_utime) + ms(usage.ru_stime))
      peak = max(peak, Double(usage.ru_maxrss) / 1024)
    }
    let object: [String: Any] = [
      "wall_ms": wall, "cpu_ms": cpu, "peak_rss_mb": peak, "status": Int(status),
      "reviews": reviews, "spawner_rss_mb": ProcessMemory.peakMegabytes(),
    ]
    let data = try! JSONSerialization.data(withJSONObject: object)
    print(String(decoding: data, as: UTF8.self))
  }
}
