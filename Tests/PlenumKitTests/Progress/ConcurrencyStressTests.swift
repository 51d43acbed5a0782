import Foundation
import PlenumScheduling
import Testing

@testable import PlenumProgress

@Suite(.tags(.stress)) struct ConcurrencyStressTests {
  /// Two sessions of one learner on one machine (separate ReviewLog instances, so separate
  /// lock and log descriptors, as two processes would have) append at the same time.
  @Test(.timeLimit(.minutes(1))) func twoWritersKeepEveryReviewOnWholeLines() throws {
    let root = ProgressTempFolder()
    let path = root.path
    let finished = DispatchGroup()
    let failures = ProgressTestFailures()
    for writer in 0..<2 {
      finished.enter()
      let thread = Thread {
        defer { finished.leave() }
        do {
          let log = try ReviewLog(
            root: path, learner: "alice", deviceID: "same-machine", io: NoSyncFileWriting())
          for n in 0..<2000 {
            try log.append(sampleReview(writer * 10_000 + n, answer: "writer \(writer) 김 \"\(n)\""))
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

/// Two real processes: the test binary runs itself twice, each child running only
/// `appendAsChildProcess`, which appends 3,000 reviews for the same learner and machine.
@Suite(.tags(.stress)) struct TwoProcessStressTests {
  static let rootVariable = "PLENUM_PROGRESS_TEST_CHILD_ROOT"
  static let writerVariable = "PLENUM_PROGRESS_TEST_CHILD_WRITER"
  static let appendsPerChild = 3000

  @Test(.timeLimit(.minutes(1))) func twoProcessesKeepEveryReviewOnWholeLines() throws {
    let root = ProgressTempFolder()
    let binary = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    var children: [Process] = []
    for writer in 0..<2 {
      let child = Process()
      child.executableURL = URL(fileURLWithPath: binary)
      child.arguments = [
        "--testing-library", "swift-testing", "--filter",
        "TwoProcessStressTests/appendAsChildProcess",
      ]
      var environment = ProcessInfo.processInfo.environment
      environment[Self.rootVariable] = root.path
      environment[Self.writerVariable] = String(writer)
      child.environment = environment
      child.standardOutput = FileHandle.nullDevice
      child.standardError = FileHandle.nullDevice
      children.append(child)
    }
    for child in children { try child.run() }
    for child in children { child.waitUntilExit() }
    #expect(children.map(\.terminationStatus) == [0, 0])
    let reading = ReviewLog.read(learnerFolder: root.file("alice"))
    #expect(reading.reviews.count == 2 * Self.appendsPerChild)
    #expect(reading.diagnostics.isEmpty)
    #expect(ReviewLog.logFileNames(in: root.file("alice")).count == 1)
  }

  @Test(
    .enabled(
      if: ProcessInfo.processInfo.environment[rootVariable] != nil,
      "runs only as a child of twoProcessesKeepEveryReviewOnWholeLines"))
  func appendAsChildProcess() throws {
    let environment = ProcessInfo.processInfo.environment
    let root = try #require(environment[Self.rootVariable])
    let writer = try #require(environment[Self.writerVariable].flatMap { Int($0) })
    let log = try ReviewLog(
      root: root, learner: "alice", deviceID: "same-machine", io: NoSyncFileWriting())
    for n in 0..<Self.appendsPerChild {
      try log.append(sampleReview(writer * 100_000 + n, answer: "process \(writer)"))
    }
  }
}

final class ProgressTestFailures: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []
  func add(_ item: String) { lock.withLock { items.append(item) } }
  var all: [String] { lock.withLock { items } }
}
