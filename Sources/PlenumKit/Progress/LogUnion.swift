/// Merges entries read from several files: order by time then id, one record per id, undos
/// applied. The result does not depend on the order the files were read in.
enum LogUnion {
  /// The merged reading and every id seen (for an incremental reader's memory).
  static func merge(_ batch: LogBatch, fileNames: [String]) -> (LogReading, [ReviewID: Int32]) {
    let entries = batch.entries
    let origins = batch.origins
    var times = [Int64](repeating: 0, count: entries.count)
    for (i, entry) in entries.enumerated() { times[i] = entry.at }
    // Ties in time and id are broken by file name and line, so the record kept among
    // duplicates is the same whatever order the files were listed in.
    var order = [Int32](0..<Int32(entries.count))
    order.sort { a, b in
      let ta = times[Int(a)]
      let tb = times[Int(b)]
      if ta != tb { return ta < tb }
      let ia = entries[Int(a)].id
      let ib = entries[Int(b)].id
      if ia != ib { return ia < ib }
      return (origins[Int(a)].file, origins[Int(a)].line) < (origins[Int(b)].file, origins[Int(b)].line)
    }
    var diagnostics = batch.diagnostics
    var kept: [ReviewID: Int32] = [:]
    kept.reserveCapacity(entries.count)
    var keptOrder: [Int32] = []
    keptOrder.reserveCapacity(entries.count)
    for index in order {
      let entry = entries[Int(index)]
      guard let first = kept[entry.id] else {
        kept[entry.id] = index
        keptOrder.append(index)
        continue
      }
      if entries[Int(first)] != entry {
        let here = origins[Int(index)]
        let there = origins[Int(first)]
        diagnostics.append(
          LogDiagnostic(
            file: fileNames[Int(here.file)], line: Int(here.line), kind: .conflictingDuplicate,
            message: "the review id '\(entry.id)' is also used at "
              + "\(fileNames[Int(there.file)]):\(there.line) with different content; "
              + "the earlier record was kept and this one skipped"))
      }
    }
    var undone = Set<ReviewID>()
    var undos: [UndoRecord] = []
    for index in keptOrder {
      guard case .undo(let undo) = entries[Int(index)] else { continue }
      undos.append(undo)
      if let target = kept[undo.undo], case .review = entries[Int(target)] {
        undone.insert(undo.undo)
      } else {
        let here = origins[Int(index)]
        diagnostics.append(
          LogDiagnostic(
            file: fileNames[Int(here.file)], line: Int(here.line), kind: .undoOfMissingReview,
            message: "the undo refers to review '\(undo.undo)', which is not in the log; "
              + "it was ignored"))
      }
    }
    var reviews: [ReviewRecord] = []
    reviews.reserveCapacity(keptOrder.count - undos.count)
    for index in keptOrder {
      if case .review(let review) = entries[Int(index)], !undone.contains(review.id) {
        reviews.append(review)
      }
    }
    let rank = Dictionary(uniqueKeysWithValues: fileNames.enumerated().map { ($1, $0) })
    diagnostics.sort { (rank[$0.file] ?? -1, $0.line) < (rank[$1.file] ?? -1, $1.line) }
    return (LogReading(reviews: reviews, undos: undos, diagnostics: diagnostics), kept)
  }
}
