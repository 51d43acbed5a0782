import ArgumentParser
import PlenumCLI
import PlenumKit

/// libFuzzer entry: the input split at NUL and newline bytes is a `plenum` command line. It
/// is parsed and validated, never run; parsing must succeed or throw, and the message and exit
/// code for any failure must be computable. `TerminalText.safe` must leave no control bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArguments(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let arguments = bytes.split(omittingEmptySubsequences: false) { $0 == 0 || $0 == 0x0A }
    .map { String(decoding: $0, as: UTF8.self) }
  do {
    _ = try Plenum.parseAsRoot(arguments)
  } catch {
    _ = Plenum.message(for: error)
    _ = Plenum.exitCode(for: error)
  }
  for argument in arguments {
    for scalar in TerminalText.safe(argument).unicodeScalars {
      switch scalar.value {
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
        preconditionFailure("TerminalText.safe let U+\(scalar.value) through")
      default: continue
      }
    }
  }
  return 0
}
