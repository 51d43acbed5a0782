import Foundation
import PlenumScheduling
import Testing

@testable import PlenumProgress

@Suite struct LogUnionTests {
  @Test(arguments: [0, 1, 2, 7, 100, 1000])
  func inPlacePermutationMatchesAPlainGather(_ count: Int) {
    var generator = ProgressSeededGenerator(seed: UInt64(count))
    let order = (0..<Int32(count)).shuffled(using: &generator)
    let keep = (0..<count).map { _ in generator.next() % 3 != 0 }
    let items = (0..<count).map { "item \($0)" }
    var permuted = items
    LogUnion.permute(&permuted, by: order, keeping: keep)
    #expect(permuted == order.filter { keep[Int($0)] }.map { items[Int($0)] })
  }

  @Test func sameIdInTwoFilesWithDifferentTimesKeepsTheEarlier() throws {
    let root = ProgressTempFolder()
    try FileManager.default.createDirectory(
      atPath: root.file("lee"), withIntermediateDirectories: false)
    let early = sampleReview(1, at: progressBaseTime)
    let late = sampleReview(1, at: progressBaseTime + 60_000)
    root.write("lee/reviews-a.jsonl", logLine(.review(late)) + logLine(.review(sampleReview(2))))
    root.write("lee/reviews-b.jsonl", logLine(.review(early)))
    let reading = ReviewLog.read(learnerFolder: root.file("lee"))
    #expect(reading.reviews == [early, sampleReview(2)])
    #expect(
      reading.diagnostics.map(\.description) == [
        "reviews-a.jsonl:1: the review id '00000000000000000000000000000001' is also used at reviews-b.jsonl:1 with different content; the earlier record was kept and this one skipped"
      ])
  }

  @Test func aCutOffLineIsReportedOnceAcrossReads() throws {
    let root = ProgressTempFolder()
    let mine = try openReviewLog(root, machine: "m1")
    let other = try openReviewLog(root, machine: "m2", seed: 2)
    try other.append(sampleReview(1))
    let handle = try #require(FileHandle(forWritingAtPath: other.path))
    handle.seekToEndOfFile()
    handle.write(Data(#"{"v":1,"id":"#.utf8))
    try handle.close()
    let first = mine.readAll()
    #expect(first.reviews == [sampleReview(1)])
    #expect(first.diagnostics.map(\.kind) == [.cutOff])
    try other.append(sampleReview(2))  // ends the cut-off line first
    let update = mine.readNew()
    #expect(update.entries == [.review(sampleReview(2))])
    #expect(update.diagnostics.isEmpty)
    #expect(mine.check().map(\.line) == [2])
  }

  @Test func readNewRereadsAFileThatASyncToolReplacedWithAShorterOne() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root)
    root.write(
      "alice/reviews-synced.jsonl",
      logLine(.review(sampleReview(1))) + logLine(.review(sampleReview(2))))
    #expect(log.readAll().reviews.count == 2)
    root.write("alice/reviews-synced.jsonl", logLine(.review(sampleReview(3))))
    #expect(log.readNew().entries == [.review(sampleReview(3))])
  }

  @Test func undoingTheSameReviewTwiceIsHarmless() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root)
    try log.append(sampleReview(1))
    try log.append(sampleReview(2))
    try log.undo(reviewID: sampleReview(1).id, id: ReviewID("u1"), at: progressBaseTime + 5000)
    try log.undo(reviewID: sampleReview(1).id, id: ReviewID("u2"), at: progressBaseTime + 6000)
    let reading = log.readAll()
    #expect(reading.reviews == [sampleReview(2)])
    #expect(reading.undos.map(\.id) == [ReviewID("u1"), ReviewID("u2")])
    #expect(reading.diagnostics.isEmpty)
  }

  @Test func packedOrderSortsByTimeThenIndexAndRefusesTimesTooFarApart() {
    #expect(LogUnion.packedOrder([5, 3, 5, 1, 3]) == [3, 1, 4, 0, 2])
    #expect(LogUnion.packedOrder([-7, 0, -7]) == [0, 2, 1])
    #expect(LogUnion.packedOrder([]) == [])
    #expect(LogUnion.packedOrder([Int64.min, Int64.max]) == nil)
    #expect(LogUnion.packedOrder([0, Int64(1) << 62, 1]) == nil)
    #expect(LogUnion.packedOrder([0, Int64(1) << 61, 1]) == [0, 2, 1])
  }

  /// The merged order is time, then id, then file and line, whether the times fit the packed
  /// sort or not (a shift of 2^62 ms pushes one record past it).
  @Test(arguments: [false, true])
  func mergeOrdersByTimeThenIDThenOrigin(farApart: Bool) {
    var generator = ProgressSeededGenerator(seed: farApart ? 7 : 8)
    var batch = LogBatch()
    var expected: [(at: Int64, id: ReviewID, file: Int32, line: Int32)] = []
    for k in 0..<400 {
      let n = Int(generator.next() % 60)
      var at = progressBaseTime + Int64(generator.next() % 8) * 1000
      if farApart && k == 0 { at += Int64(1) << 62 }
      let review = sampleReview(n, at: at, answer: "\(k)")
      let origin = LogBatch.Origin(file: Int32(k % 3), line: Int32(k))
      batch.reviews.append(review)
      batch.reviewOrigins.append(origin)
      expected.append((at, review.id, origin.file, origin.line))
    }
    expected.sort { ($0.at, $0.id, $0.file, $0.line) < ($1.at, $1.id, $1.file, $1.line) }
    var seen = Set<ReviewID>()
    let kept = expected.filter { seen.insert($0.id).inserted }
    let reading = LogUnion.merge(&batch, fileNames: ["a", "b", "c"])
    #expect(reading.reviews.map(\.at) == kept.map(\.at))
    #expect(reading.reviews.map(\.id) == kept.map(\.id))
    #expect(reading.reviews.map(\.answer) == kept.map { String($0.line) })
  }
}
