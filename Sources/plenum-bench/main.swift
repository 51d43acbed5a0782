// plenum-bench: release-built benchmarks, one JSON object per line.
// Usage: swift run -c release plenum-bench [NAME…]
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == LogFoldBenchmark.childFlag, arguments.count == 3, let runs = Int(arguments[2])
{
  // Child mode of `log-fold`: a fresh process, so its peak memory is the load's alone.
  LogFoldBenchmark.child(folder: arguments[1], runs: runs)
  exit(0)
}
if arguments.first == StatsBenchmark.childFlag, arguments.count > 2, let runs = Int(arguments[1]) {
  // Child mode of `stats`: a small process that starts plenum, so plenum's peak is its own.
  StatsBenchmark.child(runs: runs, arguments: Array(arguments.dropFirst(2)))
  exit(0)
}

#if DEBUG
  note(
    "warning: this is a debug build; numbers mean little (use swift run -c release plenum-bench)")
#endif

let known = Set(Benchmarks.all.map(\.name))
let requested = Set(arguments)
if let unknown = requested.subtracting(known).sorted().first {
  note(
    "there is no benchmark '\(unknown)'; choose from: \(Benchmarks.all.map(\.name).joined(separator: ", "))"
  )
  exit(64)
}
for benchmark in Benchmarks.all where requested.isEmpty || requested.contains(benchmark.name) {
  note("running \(benchmark.name)")
  // Each line's peak_rss_mb should be its own benchmark's: hand freed memory back to the
  // system and restart the high-water mark from here.
  ProcessMemory.trimHeap()
  ProcessMemory.resetPeak()
  benchmark.run()
}
Scratch.removeAll()
