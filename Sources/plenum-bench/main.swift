// plenum-bench: release-built benchmarks, one JSON object per line.
// Usage: swift run -c release plenum-bench [NAME…]
import Foundation

#if DEBUG
  FileHandle.standardError.write(
    Data("warning: plenum-bench is a debug build; numbers mean little\n".utf8))
#endif

let requested = Set(CommandLine.arguments.dropFirst())
for benchmark in Benchmarks.all where requested.isEmpty || requested.contains(benchmark.name) {
  benchmark.run()
}
