import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Sorted timings of repeated runs, in milliseconds.
struct Samples {
  let sorted: [Double]
  /// CPU time of this thread per run, sorted, when measured (the machine may be shared:
  /// wall time then includes waiting for a core, CPU time does not).
  let cpu: [Double]

  init(_ milliseconds: [Double], cpu: [Double] = []) {
    sorted = milliseconds.sorted()
    self.cpu = cpu.sorted()
  }

  /// Median CPU milliseconds, or nil when not measured.
  var cpuMedian: Double? { cpu.isEmpty ? nil : Samples(cpu).median }

  var count: Int { sorted.count }
  var median: Double {
    guard !sorted.isEmpty else { return 0 }
    let mid = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  }
  /// Nearest-rank 99th percentile (the maximum when there are fewer than 100 samples).
  var p99: Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((Double(sorted.count) * 0.99).rounded(.up))
    return sorted[Swift.min(sorted.count, Swift.max(rank, 1)) - 1]
  }
  var min: Double { sorted.first ?? 0 }
  var max: Double { sorted.last ?? 0 }
}

/// Monotonic wall-clock timing.
enum Stopwatch {
  /// Nanoseconds on the monotonic clock.
  static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

  /// CPU time of the calling thread in nanoseconds.
  static func threadCPU() -> UInt64 {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
  }

  /// Milliseconds since `start`.
  static func milliseconds(since start: UInt64) -> Double { Double(now() &- start) / 1e6 }

  /// Times `body` once, in milliseconds, and returns its result too.
  static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = now()
    let value = try body()
    return (value, milliseconds(since: start))
  }

  /// Runs `body` `warmup` times untimed, then `runs` times timed.
  static func samples(runs: Int, warmup: Int = 1, _ body: () -> Void) -> Samples {
    for _ in 0..<warmup { body() }
    var times: [Double] = []
    var cpu: [Double] = []
    for _ in 0..<runs {
      let startCPU = threadCPU()
      times.append(time(body).1)
      cpu.append(Double(threadCPU() - startCPU) / 1e6)
    }
    return Samples(times, cpu: cpu)
  }
}

/// Keeps a value alive so the optimizer cannot drop the work that made it.
@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

/// Resident memory of this process, from /proc/self/status (getrusage where /proc is missing).
enum ProcessMemory {
  /// Peak resident set size in MB: VmHWM, else ru_maxrss.
  static func peakMegabytes() -> Double {
    if let kilobytes = statusField("VmHWM:") { return kilobytes / 1024 }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  /// Current resident set size in MB (VmRSS), or 0 where /proc is missing.
  static func currentMegabytes() -> Double { (statusField("VmRSS:") ?? 0) / 1024 }

  /// Resets VmHWM to the current RSS (Linux: "5" into /proc/self/clear_refs); false if refused.
  @discardableResult
  static func resetPeak() -> Bool {
    let fd = open("/proc/self/clear_refs", O_WRONLY)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return write(fd, "5", 1) == 1
  }

  /// Returns freed heap memory to the system (glibc's malloc_trim, looked up at run time
  /// because the Glibc module does not export it); does nothing elsewhere.
  static func trimHeap() {
    typealias Trim = @convention(c) (Int) -> Int32
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
    _ = unsafeBitCast(symbol, to: Trim.self)(0)
  }

  private static func statusField(_ key: String) -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix(key) })
    else { return nil }
    return Double(line.split(separator: " ").dropFirst().first ?? "")
  }
}

/// Scratch folders for benchmark files, all under one folder removed when the run ends.
enum Scratch {
  /// This run's scratch root under $PLENUM_BENCH_TMP, else the system temp folder.
  static let root: String = {
    let parent = ProcessInfo.processInfo.environment["PLENUM_BENCH_TMP"] ?? NSTemporaryDirectory()
    let path = (parent as NSString).appendingPathComponent("plenum-bench-\(getpid())")
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  /// A new empty folder named after `label` under the root.
  static func folder(_ label: String) -> String {
    var path = root + "/" + label
    var suffix = 1
    while FileManager.default.fileExists(atPath: path) {
      suffix += 1
      path = root + "/\(label)-\(suffix)"
    }
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  /// Removes the scratch root and everything in it.
  static func removeAll() { try? FileManager.default.removeItem(atPath: root) }

  /// The type of the file system holding `path` ("ext4", "tmpfs", …), from /proc/mounts:
  /// the mount with the longest mount point that is a prefix of the path.
  static func fileSystem(of path: String) -> String {
    guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else {
      return "unknown"
    }
    let resolved = (path as NSString).resolvingSymlinksInPath
    var best = (length: -1, type: "unknown")
    for line in mounts.split(separator: "\n") {
      let fields = line.split(separator: " ")
      guard fields.count >= 3 else { continue }
      let point = String(fields[1])
      let inside = point == "/" || resolved == point || resolved.hasPrefix(point + "/")
      if inside, point.count > best.length { best = (point.count, String(fields[2])) }
    }
    return best.type
  }
}
