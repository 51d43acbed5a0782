/// A review log flattened for fast passes: every review's elapsed days and grade in one
/// array, cards as ranges into it, and which reviews are predictions to score.
///
/// A review is a prediction ("training item", as fsrs-rs calls it) when it is not the card's
/// first and at least one whole day passed since the previous review: same-day reviews move
/// the memory state but are not scored, because R is 1 by construction.
struct TrainingSet {
  /// fsrs-rs drops items whose history is longer than this.
  static let maximumSequenceLength = 64

  var elapsed: [Double] = []
  var ratings: [Int] = []
  /// Card i's reviews are `cardStart[i]..<cardStart[i + 1]`.
  var cardStart: [Int] = [0]
  /// Whether the card survived the outlier filter (its predictions are fitted).
  var cardIncluded: [Bool] = []
  /// Per review, its RMSE(bins) bin (−1 when not scored), and the number of bins.
  var bins: [Int32] = []
  var binCount = 0
  /// Number of predictions in the whole log (the size of fsrs-rs's training set before filtering).
  var predictionCount = 0

  var cardCount: Int { cardIncluded.count }

  /// Flattens `input`; throws on a negative elapsed time.
  init(_ input: OptimizerInput) throws(OptimizerError) {
    elapsed.reserveCapacity(input.reviewCount)
    ratings.reserveCapacity(input.reviewCount)
    cardStart.reserveCapacity(input.cards.count + 1)
    cardIncluded.reserveCapacity(input.cards.count)
    for (card, reviews) in input.cards.enumerated() {
      for (index, review) in reviews.enumerated() {
        guard review.elapsedDays >= 0 else {
          throw .negativeElapsedDays(card: card, review: index, days: review.elapsedDays)
        }
        elapsed.append(index == 0 ? 0 : Double(review.elapsedDays))
        ratings.append(review.rating.rawValue)
      }
      cardStart.append(elapsed.count)
      cardIncluded.append(true)
    }
    (bins, binCount) = Calibration.binIndices(self)
    predictionCount = bins.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) }
  }

  /// Whether review `index` (global) of a card starting at `start` is a scored prediction.
  @inline(__always)
  func isPrediction(_ index: Int, cardStart start: Int) -> Bool {
    index > start && elapsed[index] > 0
  }

  /// The first prediction of `card` (its first long-term review), if any.
  func firstPrediction(of card: Int) -> Int? {
    let start = cardStart[card]
    return (start..<cardStart[card + 1]).first { isPrediction($0, cardStart: start) }
  }

  /// Excludes cards whose (first grade, days until the first long-term review) pair is rare or
  /// extreme, as fsrs-rs's outlier filter does: per first grade, the smallest groups are dropped
  /// until 5% of the cards (at least 20) are gone, and any group of fewer than 6 cards or with
  /// an interval over 100 days (365 after Easy) is dropped too.
  mutating func excludeOutliers() {
    var groups: [Int: [Int: [Int]]] = [:]  // first grade -> interval -> cards
    for card in 0..<cardCount {
      guard let first = firstPrediction(of: card) else { continue }
      groups[ratings[cardStart[card]], default: [:]][Int(elapsed[first]), default: []].append(card)
    }
    for (grade, byInterval) in groups {
      // Smallest groups first; among equal sizes, shorter intervals first.
      let ordered = byInterval.sorted { a, b in
        a.value.count != b.value.count ? a.value.count < b.value.count : a.key < b.key
      }
      let total = ordered.reduce(0) { $0 + $1.value.count }
      var removed = 0
      for (interval, cards) in ordered {
        let keep: Bool
        if removed + cards.count >= max(20, total / 20) {
          keep = cards.count >= 6 && interval <= (grade != 4 ? 100 : 365)
        } else {
          removed += cards.count
          keep = false
        }
        if !keep { for card in cards { cardIncluded[card] = false } }
      }
    }
  }
}
