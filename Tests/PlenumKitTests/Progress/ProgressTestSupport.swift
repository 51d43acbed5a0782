import Foundation
import PlenumScheduling
import Testing

@testable import PlenumKit
@testable import PlenumProgress

/// A seeded generator so ids and device ids are the same on every run.
typealias ProgressSeededGenerator = SeededGenerator

/// A fresh empty folder for one progress test, removed when the value is released.
final class ProgressTempFolder: TemporaryFolder, @unchecked Sendable {
  init() { try! super.init(prefix: "plenum-progress") }

  func write(_ relative: String, _ text: String) { _ = try? write(text, to: relative) }

  func mode(_ relative: String) -> Int { Self.mode(file(relative)) ?? -1 }
}

/// 2026-11-23T13:08:43.123Z in epoch milliseconds.
let progressBaseTime: Int64 = 1_795_439_323_123

func sampleReview(
  _ n: Int, card: String = "ev.plenum.date", at: Int64? = nil, answer: String = "30 August",
  rating: Rating = .good
) -> ReviewRecord {
  ReviewRecord(
    id: ReviewID(String(format: "%032x", n)), card: card, deck: "august-1956",
    at: at ?? progressBaseTime + Int64(n) * 1000, rating: rating, form: .typed, answer: answer,
    verdict: .correct, ms: 1200 + n)
}

/// Opens a learner's log as the installation `machine` (its device id, as `.device` would
/// hold it); `seed` is kept for call sites that name another process of one machine.
func openReviewLog(
  _ root: ProgressTempFolder, learner: String = "alice", machine: String = "machine-a",
  io: any FileWriting = SystemFileWriting(), seed: UInt64 = 1
) throws -> ReviewLog {
  try ReviewLog(root: root.path, learner: learner, deviceID: machine, io: io)
}

func logLine(_ entry: LogEntry) -> String {
  String(decoding: LogLineEncoder.line(for: entry), as: UTF8.self)
}

func parseLogLine(_ text: String) -> Result<ParsedLine, LineProblem> {
  var parser = LogLineParser()
  var copy = text
  return copy.withUTF8 { parser.parse($0) }
}

/// Real open and write, but fsync is skipped: this disk takes about 3.4 ms per fsync, and the
/// concurrency test appends 4,000 times. Everything else is the real system call.
struct NoSyncFileWriting: FileWriting {
  let real = SystemFileWriting()
  func open(_ path: String, in folder: Int32, flags: Int32, mode: mode_t) -> Int32 {
    real.open(path, in: folder, flags: flags, mode: mode)
  }
  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int { real.write(fd, bytes) }
  func fsync(_ fd: Int32) -> Int32 { 0 }
}

/// Fails like a full disk, a size limit or a read-only folder, for files whose name
/// starts with `reviews-`; after `bytesBeforeFailure` bytes of a write when set.
struct FailingFileWriting: FileWriting {
  var errno: Int32
  var failOpen = false
  var bytesBeforeFailure: Int?
  let real = SystemFileWriting()

  func open(_ path: String, in folder: Int32, flags: Int32, mode: mode_t) -> Int32 {
    if failOpen, path.split(separator: "/").last?.hasPrefix("reviews-") == true { return -errno }
    return real.open(path, in: folder, flags: flags, mode: mode)
  }

  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int {
    guard let limit = bytesBeforeFailure else { return -Int(errno) }
    if bytes.count > limit, limit > 0 {
      return real.write(fd, UnsafeRawBufferPointer(rebasing: bytes[..<limit]))
    }
    return -Int(errno)
  }

  func fsync(_ fd: Int32) -> Int32 { real.fsync(fd) }
}
