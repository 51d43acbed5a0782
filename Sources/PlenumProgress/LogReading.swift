/// The union of all of a learner's log files, ready for the fold into card states.
public struct LogReading: Sendable {
  /// Reviews that count: ordered by time then id, one per review id, undone ones left out.
  public var reviews: [ReviewRecord]
  /// Undo records, ordered by time then id.
  public var undos: [UndoRecord]
  /// Every problem found, ordered by file name and line.
  public var diagnostics: [LogDiagnostic]

  /// Creates a reading.
  public init(reviews: [ReviewRecord], undos: [UndoRecord], diagnostics: [LogDiagnostic]) {
    self.reviews = reviews
    self.undos = undos
    self.diagnostics = diagnostics
  }

  /// Reviews and undos merged into one sequence ordered by time then id.
  public var entries: [LogEntry] {
    var merged: [LogEntry] = []
    merged.reserveCapacity(reviews.count + undos.count)
    var u = 0
    for review in reviews {
      while u < undos.count, (undos[u].at, undos[u].id) < (review.at, review.id) {
        merged.append(.undo(undos[u]))
        u += 1
      }
      merged.append(.review(review))
    }
    merged.append(contentsOf: undos[u...].map { .undo($0) })
    return merged
  }
}
