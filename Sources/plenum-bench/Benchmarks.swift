/// A named benchmark that prints its own JSON lines.
struct Benchmark: Sendable {
  let name: String
  let run: @Sendable () -> Void
}

/// Every benchmark, in the order a full run prints them. Each lives in its own file.
enum Benchmarks {
  static let all: [Benchmark] = [
    fsrsReviewBenchmark, logFoldBenchmark, statsBenchmark, firstCardBenchmark, answerBenchmark,
    generateBenchmark, reportBenchmark, reportScaleBenchmark, optimizeBenchmark,
  ]
}
