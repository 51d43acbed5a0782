/// Merges records read from several files: order by time then id, one record per id, undos
/// applied. The result does not depend on the order the files were read in.
///
/// Built for a class log of a million reviews: the reviews are sorted through index arrays
/// and permuted in place, and duplicates are found by sorting ids rather than hashing them,
/// so the only large allocation is the reviews themselves.
enum LogUnion {
  static func merge(_ batch: inout LogBatch, fileNames: [String]) -> LogReading {
    var diagnostics = batch.diagnostics
    var reviews: [ReviewRecord] = []
    swap(&reviews, &batch.reviews)  // uniquely owned, so the in-place permutation copies nothing
    let origins = batch.reviewOrigins
    let count = reviews.count
    var times = [Int64](repeating: 0, count: count)
    var ids = [ReviewID](repeating: ReviewID(storage: .hex128(0, 0)), count: count)
    for i in 0..<count {
      times[i] = reviews[i].at
      ids[i] = reviews[i].id
    }
    // Ties in time and id are broken by file name and line, so the record kept among
    // duplicates is the same whatever order the files were listed in.
    func before(_ a: Int, _ b: Int) -> Bool {
      if times[a] != times[b] { return times[a] < times[b] }
      if ids[a] != ids[b] { return ids[a] < ids[b] }
      return (origins[a].file, origins[a].line) < (origins[b].file, origins[b].line)
    }
    var order: [Int32]
    if (1..<max(count, 1)).contains(where: { !before($0 - 1, $0) }) {
      if let packed = packedOrder(times) {
        order = packed
      } else {
        order = [Int32](0..<Int32(count))
        order.sort { before(Int($0), Int($1)) }
      }
      // The packed sort orders equal times by index; ties go by id, then file and line.
      var start = 0
      while start < count {
        var end = start + 1
        while end < count, times[Int(order[end])] == times[Int(order[start])] { end += 1 }
        if end - start > 1 { order[start..<end].sort { before(Int($0), Int($1)) } }
        start = end
      }
    } else {
      order = [Int32](0..<Int32(count))
    }
    // Duplicates: walking in time order, the first record of each id is kept.
    var keep = [Bool](repeating: true, count: count)
    var table = IDTable(capacity: count)
    for position in 0..<count {
      let here = Int(order[position])
      let first = table.insert(here, ids: ids)
      guard first != here else { continue }
      keep[here] = false
      if reviews[here] != reviews[first] {
        diagnostics.append(
          conflict(reviews[here].id, at: origins[here], first: origins[first], fileNames))
      }
    }
    table = IDTable(capacity: 0)
    let undos = applyUndos(batch, reviewIDs: ids, keep: &keep, fileNames, &diagnostics)
    permute(&reviews, by: order, keeping: keep)
    let rank = Dictionary(uniqueKeysWithValues: fileNames.enumerated().map { ($1, $0) })
    diagnostics.sort { (rank[$0.file] ?? -1, $0.line) < (rank[$1.file] ?? -1, $1.line) }
    return LogReading(reviews: reviews, undos: undos, diagnostics: diagnostics)
  }

  /// Indices ordered by time (equal times by index), sorting each time and index packed
  /// into one UInt64: plain integer comparisons, about three times faster than a closure
  /// that looks both up. Nil when they do not fit in 64 bits (times centuries apart).
  static func packedOrder(_ times: [Int64]) -> [Int32]? {
    guard let low = times.min(), let high = times.max() else { return [] }
    let (span, overflow) = high.subtractingReportingOverflow(low)
    let indexBits = Int.bitWidth - (times.count - 1).leadingZeroBitCount
    guard !overflow, indexBits < 64,
      UInt64(span).leadingZeroBitCount >= indexBits
    else { return nil }
    var keys = [UInt64](repeating: 0, count: times.count)
    for i in times.indices {
      keys[i] = UInt64(times[i] &- low) << indexBits | UInt64(i)
    }
    keys.sort()
    let mask = (UInt64(1) << indexBits) &- 1
    return keys.map { Int32(truncatingIfNeeded: $0 & mask) }
  }

  /// An open-addressing set of review indices keyed by their ids: 8 bytes a slot (the index
  /// and 32 bits of the id's hash), where a Dictionary<ReviewID, Int> would take about 40 per
  /// entry. The hash bits spare a look at the other id, a cache miss, on most collisions.
  struct IDTable {
    private var slots: [UInt64]
    private let mask: Int

    init(capacity: Int) {
      var size = 16
      while size < capacity * 2 { size <<= 1 }
      slots = [UInt64](repeating: 0, count: size)
      mask = size - 1
    }

    /// Inserts `index` unless an equal id is present; returns the index kept for that id.
    mutating func insert(_ index: Int, ids: [ReviewID]) -> Int {
      let id = ids[index]
      let hash: UInt64
      switch id.storage {
      case .hex128(let high, let low): hash = (high ^ low) &* 0x9E37_79B9_7F4A_7C15
      case .text: hash = UInt64(bitPattern: Int64(id.hashValue)) &* 0x9E37_79B9_7F4A_7C15
      }
      // Slots hold index + 1 in the low half, so 0 is empty.
      let tag = hash & 0xFFFF_FFFF_0000_0000
      var slot = Int(truncatingIfNeeded: hash >> 20) & mask
      while true {
        let occupant = slots[slot]
        if occupant == 0 {
          slots[slot] = tag | UInt64(index + 1)
          return index
        }
        if occupant & 0xFFFF_FFFF_0000_0000 == tag {
          let other = Int(occupant & 0xFFFF_FFFF) - 1
          if ids[other] == id { return other }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  private static func conflict(
    _ id: ReviewID, at here: LogBatch.Origin, first there: LogBatch.Origin, _ names: [String]
  ) -> LogDiagnostic {
    LogDiagnostic(
      file: names[Int(here.file)], line: Int(here.line), kind: .conflictingDuplicate,
      message: "the review id '\(id)' is also used at \(names[Int(there.file)]):\(there.line) "
        + "with different content; the earlier record was kept and this one skipped")
  }

  /// Deduplicates and orders the undo records, and clears `keep` for the reviews they undo.
  private static func applyUndos(
    _ batch: LogBatch, reviewIDs: [ReviewID], keep: inout [Bool], _ fileNames: [String],
    _ diagnostics: inout [LogDiagnostic]
  ) -> [UndoRecord] {
    guard !batch.undos.isEmpty else { return [] }
    let order = batch.undos.indices.sorted {
      let a = batch.undos[$0]
      let b = batch.undos[$1]
      if (a.at, a.id) != (b.at, b.id) { return (a.at, a.id) < (b.at, b.id) }
      let oa = batch.undoOrigins[$0]
      let ob = batch.undoOrigins[$1]
      return (oa.file, oa.line) < (ob.file, ob.line)
    }
    var firstByID: [ReviewID: Int] = [:]
    var undos: [UndoRecord] = []
    for i in order {
      let undo = batch.undos[i]
      if let first = firstByID[undo.id] {
        if batch.undos[first] != undo {
          diagnostics.append(
            conflict(undo.id, at: batch.undoOrigins[i], first: batch.undoOrigins[first], fileNames))
        }
        continue
      }
      firstByID[undo.id] = i
      undos.append(undo)
    }
    var targets = Dictionary(undos.map { ($0.undo, false) }, uniquingKeysWith: { a, _ in a })
    for (i, id) in reviewIDs.enumerated() where targets[id] != nil {
      keep[i] = false
      targets[id] = true
    }
    for undo in undos where targets[undo.undo] == false {
      let origin = batch.undoOrigins[firstByID[undo.id]!]
      diagnostics.append(
        LogDiagnostic(
          file: fileNames[Int(origin.file)], line: Int(origin.line), kind: .undoOfMissingReview,
          message: "the undo refers to review '\(undo.undo)', which is not in the log; "
            + "it was ignored"))
    }
    return undos
  }

  /// Reorders `items` in place so position k holds the old `items[order[k]]`, then drops the
  /// ones whose original index is not kept. Elements are moved, never copied (a copy would
  /// retain five strings each).
  static func permute<T>(_ items: inout [T], by order: [Int32], keeping keep: [Bool]) {
    let count = items.count
    var written = 0
    items.withUnsafeMutableBufferPointer { buffer in
      guard let p = buffer.baseAddress else { return }
      var done = [Bool](repeating: false, count: count)
      for start in 0..<count where !done[start] {
        let first = (p + start).move()
        var j = start
        while true {
          done[j] = true
          let k = Int(order[j])
          if k == start {
            (p + j).initialize(to: first)
            break
          }
          (p + j).moveInitialize(from: p + k, count: 1)
          j = k
        }
      }
      for k in 0..<count where keep[Int(order[k])] {
        if written != k {
          let kept = (p + k).move()
          (p + k).moveInitialize(from: p + written, count: 1)
          (p + written).initialize(to: kept)
        }
        written += 1
      }
    }
    items.removeLast(count - written)
  }
}
