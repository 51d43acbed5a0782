import Foundation
import PlenumCorpus
import PlenumKit

/// `generate`: `DeckGenerator.generate()` on the embedded corpus and on copies 10× and 100×
/// its size (`CorpusCloner`). One line per size with the cost per card; the 100× line
/// carries the ratio of its per-card cost to the 1× one (linear growth keeps it near 1).
/// A size whose predicted time (from the growth between the two sizes before it) exceeds
/// PLENUM_BENCH_GENERATE_BUDGET seconds (default 90) is not run: its line gives the
/// prediction instead. PLENUM_BENCH_GENERATE_FACTORS="3" runs chosen sizes (for profiling).
let generateBenchmark = Benchmark(name: "generate") { GenerateBenchmark.run() }

enum GenerateBenchmark {
  static let targetRatio = 1.5

  static func run() {
    guard
      let corpus = try? CorpusLoader.load(
        yaml: EmbeddedCorpus.yaml, fileName: EmbeddedCorpus.fileName
      ).corpus
    else {
      BenchLine(name: "generate", error: "the embedded corpus does not load").emit()
      return
    }
    let environment = ProcessInfo.processInfo.environment
    let budget = Double(environment["PLENUM_BENCH_GENERATE_BUDGET"] ?? "") ?? 90
    let factors =
      environment["PLENUM_BENCH_GENERATE_FACTORS"]?.split(separator: ",").compactMap { Int($0) }
      ?? [1, 3, 10, 30, 100]
    var basePerCard: Double?
    var measured: [(factor: Double, ms: Double, cards: Int)] = []
    for factor in factors {
      let big = CorpusCloner.clone(corpus, factor: factor)
      let facts =
        big.actors.count + big.events.count + big.sources.count + big.quantities.count
        + big.claims.count
      if measured.count >= 2 {
        // Time grows as factor^k; k from the last two sizes.
        let (a, b) = (measured[measured.count - 2], measured[measured.count - 1])
        let exponent = log(b.ms / a.ms) / log(b.factor / a.factor)
        let predicted = b.ms * pow(Double(factor) / b.factor, exponent)
        if predicted > budget * 1000 {
          let cards = Int(Double(b.cards) * Double(factor) / b.factor)
          var line = BenchLine(
            name: "generate",
            error: "not run: predicted \(Int(predicted / 1000)) s, over the \(Int(budget)) s budget"
          )
          line["factor"] = .int(factor)
          line["facts_in"] = .int(facts)
          line["growth_exponent"] = .double(exponent)
          line["predicted_ms"] = .double(predicted)
          if let basePerCard {
            let ratio = predicted * 1000 / Double(cards) / basePerCard
            line["predicted_per_card_ratio_vs_1x"] = .double(ratio)
            line["target_ratio"] = .double(targetRatio)
            line["target_ok"] = .bool(ratio <= targetRatio)
          }
          line.emit()
          continue
        }
      }
      var cards = 0
      let runs = factor <= 1 ? 10 : factor <= 10 ? 3 : 1
      let samples = Stopwatch.samples(runs: runs, warmup: factor <= 10 ? 1 : 0) {
        let deck = DeckGenerator(corpus: big).generate()
        cards = deck.cards.count
      }
      measured.append((Double(factor), samples.median, cards))
      let perCard = samples.median * 1000 / Double(max(cards, 1))
      var line = BenchLine(name: "generate", n: cards, samples: samples, unit: "cards/s")
      line["factor"] = .int(factor)
      line["facts_in"] = .int(facts)
      line["per_card_us"] = .double(perCard)
      if let basePerCard {
        let ratio = perCard / basePerCard
        line["per_card_ratio_vs_1x"] = .double(ratio)
        line["target_ratio"] = .double(targetRatio)
        line["target_ok"] = .bool(ratio <= targetRatio)
      } else {
        basePerCard = perCard
      }
      line.emit()
    }
  }
}
