import Foundation
import PlenumScheduling
import Testing

@testable import PlenumKit

@Suite struct ConcurrencyTests {
  /// Two sessions of one learner on one machine (separate ReviewLog instances, so separate
  /// lock and log descriptors, as two processes would have) append at the same time.
  @Test(.timeLimit(.minutes(1))) func twoWritersKeepEveryReviewOnWholeLines() throws {
    let root = TemporaryFolder()
    let path = root.path
    let finished = DispatchGroup()
    let failures = Failures()
    for writer in 0..<2 {
      finished.enter()
      let thread = Thread {
        defer { finished.leave() }
        do {
          var generator = SplitMix64(seed: UInt64(writer))
          let log = try ReviewLog(
            root: path, learner: "alice", machineKey: "same-machine", generator: &generator,
            io: NoSyncFileWriting())
          for n in 0..<2000 {
            try log.append(review(writer * 10_000 + n, answer: "writer \(writer) 김 \"\(n)\""))
          }
        } catch {
          failures.add("\(error)")
        }
      }
      thread.start()
    }
    finished.wait()
    #expect(failures.all.isEmpty)
    let reading = ReviewLog.read(learnerFolder: root.file("alice"))
    #expect(reading.reviews.count == 4000)
    #expect(Set(reading.reviews.map(\.id)).count == 4000)
    #expect(reading.diagnostics.isEmpty)
    #expect(ReviewLog.logFileNames(in: root.file("alice")).count == 1)
  }
}

final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []
  func add(_ item: String) { lock.withLock { items.append(item) } }
  var all: [String] { lock.withLock { items } }
}
