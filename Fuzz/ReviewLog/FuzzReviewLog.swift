import Foundation
import PlenumProgress

#if canImport(Glibc)
  import Glibc
#endif

/// This process's scratch folder, removed at exit.
private let scratchRoot =
  (ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp") + "/plenum-fuzz-log-\(getpid())"

/// A learner folder of this process, made once; the log file in it is rewritten per input.
private let folder: String = {
  let path = scratchRoot + "/learner"
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  atexit { try? FileManager.default.removeItem(atPath: scratchRoot) }
  return path
}()

private func write(_ bytes: UnsafeRawBufferPointer, to path: String) {
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  precondition(fd >= 0, "cannot write \(path)")
  var offset = 0
  while offset < bytes.count {
    let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
    precondition(n > 0, "cannot write \(path)")
    offset += n
  }
  close(fd)
}

/// libFuzzer entry: any bytes as a device's review log. `LogLineParser` is internal to
/// PlenumKit, so the bytes reach it the way `plenum stats` and `doctor` do: a log file read
/// with `ReviewLog.read(learnerFolder:)`. Every line is a review, an undo or a diagnostic;
/// then what was read is written back with `LogLineEncoder` and must read back the same
/// ("never lies, never loses data").
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReviewLog(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let path = folder + "/reviews-fuzz.jsonl"
  write(UnsafeRawBufferPointer(start: data, count: size), to: path)
  let reading = ReviewLog.read(learnerFolder: folder)
  for diagnostic in reading.diagnostics { _ = diagnostic.description }
  var lines: [UInt8] = []
  for entry in reading.entries { LogLineEncoder.append(entry, to: &lines) }
  lines.withUnsafeBytes { write($0, to: path) }
  let again = ReviewLog.read(learnerFolder: folder)
  // Undone reviews are left out of `reviews`, so their undos now point at nothing; any other
  // problem means the encoder wrote a line the parser does not read back.
  let problems = again.diagnostics.filter { $0.kind != .undoOfMissingReview }
  precondition(problems.isEmpty, "re-encoded entries have problems: \(problems)")
  precondition(again.reviews == reading.reviews, "reviews changed when written and read back")
  precondition(again.undos == reading.undos, "undos changed when written and read back")
  return 0
}
