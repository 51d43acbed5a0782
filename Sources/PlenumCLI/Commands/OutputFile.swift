import Foundation

/// A file a command was asked to write (`--out`, `--html`): written whole or not at all.
enum OutputFile {
  /// Writes `data` atomically (a temporary file renamed into place); a failure leaves nothing
  /// half-written and is reported with exit code 73.
  static func write(_ data: Data, to path: String) throws(PlenumError) {
    do {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw PlenumError("Cannot write '\(path)': \(error.localizedDescription)", .cannotWrite)
    }
  }
}
