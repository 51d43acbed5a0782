import Foundation
import PlenumKit
import PlenumScheduling

/// `report`: a class report over 200 learners × 5,000 reviews. No class report type exists
/// in PlenumKit yet, so this times its equivalent: read each learner folder
/// (`ReviewLog.read`) and build that learner's `LearnerStats` with `LearnerStatsBuilder`,
/// as `plenum stats` does, for all 200.
let reportBenchmark = Benchmark(name: "report") { ReportBenchmark.run() }

enum ReportBenchmark {
  static func run() {
    let deck = SyntheticLogs.defaultDeck
    let root = Scratch.folder("report")
    let (folders, writeTime) = Stopwatch.time { SyntheticLogs.writeClassFolders(root) }
    note("wrote 200 learner folders in \(Int(writeTime)) ms")
    var names: [String: String] = [:]
    for entry in deck.names { names[entry.id] = entry.displayName }
    let settings = SchedulerSettings.defaults
    let builder = LearnerStatsBuilder(
      deck: deck, names: names, settings: settings,
      statsSettings: StatsSettings(
        desiredRetention: settings.desiredRetention, learningSteps: settings.learningSteps,
        relearningSteps: settings.relearningSteps, maximumInterval: settings.maximumInterval,
        newPerDay: 20, scheduler: "fsrs"))
    var reviews = 0
    var readTimes: [Double] = []
    var buildTimes: [Double] = []
    let samples = Stopwatch.samples(runs: 3) {
      reviews = 0
      var readTotal = 0.0
      var buildTotal = 0.0
      for folder in folders {
        let (reading, readTime) = Stopwatch.time { ReviewLog.read(learnerFolder: folder) }
        let (stats, buildTime) = Stopwatch.time { () -> LearnerStats in
          let undone = Set(reading.undos.map(\.undo))
          let items = reading.reviews.filter { !undone.contains($0.id) }.map {
            LearnerStatsBuilder.Review(
              card: $0.card, at: Date(timeIntervalSince1970: Double($0.at) / 1000), rating: $0.rating,
              verdict: $0.verdict.rawValue, answer: $0.answer)
          }
          let now = Date(timeIntervalSince1970: Double((reading.reviews.last?.at ?? 0) + 86_400_000) / 1000)
          return builder.build(items, now: now, days: 30)
        }
        reviews += stats.reviews
        readTotal += readTime
        buildTotal += buildTime
      }
      readTimes.append(readTotal)
      buildTimes.append(buildTotal)
    }
    var line = BenchLine(name: "report", n: reviews, samples: samples, unit: "reviews/s")
    line["learners"] = .int(folders.count)
    line["implementation"] = .string("ReviewLog.read + LearnerStatsBuilder.build per learner (no ClassReport type yet)")
    line["read_median_ms"] = .double(Samples(Array(readTimes.dropFirst())).median)
    line["stats_median_ms"] = .double(Samples(Array(buildTimes.dropFirst())).median)
    line.emit()
  }
}
