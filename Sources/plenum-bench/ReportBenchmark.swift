import Foundation
import PlenumKit
import PlenumProgress
import PlenumScheduling

/// `report`: the class report (`plenum report`) over 200 learners × 5,000 reviews: read each
/// learner folder (`ReviewLog.read`) and add it to a `ClassTally`, one learner at a time as the
/// command does, then build the report.
let reportBenchmark = Benchmark(name: "report") { ReportBenchmark.run() }

enum ReportBenchmark {
  static func run() {
    let deck = SyntheticLogs.defaultDeck
    let root = Scratch.folder("report")
    let (folders, writeTime) = Stopwatch.time { SyntheticLogs.writeClassFolders(root) }
    note("wrote 200 learner folders in \(Int(writeTime)) ms")
    let builder = ClassReportBuilder(deck: deck, settings: .defaults)
    var reviews = 0
    var readTimes: [Double] = []
    var buildTimes: [Double] = []
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let samples = Stopwatch.samples(runs: 3) {
      var readTotal = 0.0
      var buildTotal = 0.0
      var tally = builder.tally(now: now)
      for (number, folder) in folders.enumerated() {
        let (reading, readTime) = Stopwatch.time { ReviewLog.read(learnerFolder: folder) }
        let (_, addTime) = Stopwatch.time {
          tally.add(ClassReportBuilder.Learner(name: "learner-\(number)", reading: reading))
        }
        readTotal += readTime
        buildTotal += addTime
      }
      let (report, reportTime) = Stopwatch.time { tally.report() }
      reviews = report.totalReviews
      readTimes.append(readTotal)
      buildTimes.append(buildTotal + reportTime)
    }
    var line = BenchLine(name: "report", n: reviews, samples: samples, unit: "reviews/s")
    line["learners"] = .int(folders.count)
    line["implementation"] = .string("ReviewLog.read + ClassTally.add per learner, then report()")
    line["read_median_ms"] = .double(Samples(Array(readTimes.dropFirst())).median)
    line["report_median_ms"] = .double(Samples(Array(buildTimes.dropFirst())).median)
    line.emit()
  }
}
