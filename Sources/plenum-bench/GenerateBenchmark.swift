import PlenumKit

/// `generate`: `DeckGenerator.generate()` on the embedded corpus and on copies 10× and 100×
/// its size (`CorpusCloner`). One line per size with the cost per card; the 100× line
/// carries the ratio of its per-card cost to the 1× one (linear growth keeps it near 1).
let generateBenchmark = Benchmark(name: "generate") { GenerateBenchmark.run() }

enum GenerateBenchmark {
  static let targetRatio = 1.5

  static func run() {
    guard let corpus = try? CorpusLoader.load(yaml: EmbeddedCorpus.yaml, fileName: EmbeddedCorpus.fileName).corpus
    else {
      BenchLine(name: "generate", error: "the embedded corpus does not load").emit()
      return
    }
    var basePerCard: Double?
    for (factor, runs) in [(1, 10), (10, 3), (100, 1)] {
      let big = CorpusCloner.clone(corpus, factor: factor)
      var cards = 0
      let samples = Stopwatch.samples(runs: runs, warmup: factor == 100 ? 0 : 1) {
        let deck = DeckGenerator(corpus: big).generate()
        cards = deck.cards.count
      }
      let perCard = samples.median * 1000 / Double(max(cards, 1))
      var line = BenchLine(name: "generate", n: cards, samples: samples, unit: "cards/s")
      line["factor"] = .int(factor)
      line["facts_in"] = .int(big.actors.count + big.events.count + big.sources.count + big.quantities.count + big.claims.count)
      line["per_card_us"] = .double(perCard)
      if let basePerCard {
        let ratio = perCard / basePerCard
        line["per_card_ratio_vs_1x"] = .double(ratio)
        if factor == 100 {
          line["target_ratio"] = .double(targetRatio)
          line["target_ok"] = .bool(ratio <= targetRatio)
        }
      } else {
        basePerCard = perCard
      }
      line.emit()
    }
  }
}
