import Foundation

extension CorpusLoader {
  /// Reads, parses and validates the corpus file at `path`; an unreadable file, one over
  /// `maxFileSize`, or one that is not UTF-8 fails with a single diagnostic saying so.
  public static func load(contentsOf path: String) throws(CorpusLoadFailure) -> (
    corpus: Corpus, warnings: [CorpusDiagnostic]
  ) {
    let bytes = try readBytes(path)
    let text = try decodeUTF8(bytes, fileName: path)
    return try load(yaml: text, fileName: path)
  }

  private static func failure(_ path: String, _ message: String, line: Int = 1, column: Int = 1)
    -> CorpusLoadFailure
  {
    CorpusLoadFailure(diagnostics: [
      CorpusDiagnostic(file: path, line: line, column: column, message: message)
    ])
  }

  /// Reads at most one byte past the limit, so a huge file or a device is never read whole.
  static func readBytes(_ path: String) throws(CorpusLoadFailure) -> Data {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw failure(path, "cannot read the corpus: there is no file at this path; check the name")
    }
    if isFolder.boolValue {
      throw failure(path, "cannot read the corpus: this is a folder; give the path of a .yaml file")
    }
    guard FileManager.default.isReadableFile(atPath: path),
      let handle = FileHandle(forReadingAtPath: path)
    else {
      throw failure(path, "cannot read the corpus: permission denied; check the file's permissions")
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: maxFileSize + 1) ?? Data()
    } catch {
      throw failure(path, "cannot read the corpus: \(error.localizedDescription)")
    }
    if data.count > maxFileSize {
      let size =
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count
      throw failure(path, tooBig(max(size, data.count)))
    }
    return data
  }

  /// The text of `bytes`, or a diagnostic at the first byte that is not UTF-8.
  static func decodeUTF8(_ bytes: Data, fileName: String) throws(CorpusLoadFailure) -> String {
    var line = 1
    var column = 1
    var offset = 0
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
        if scalar == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
      case .emptyInput:
        return String(decoding: bytes, as: UTF8.self)
      case .error:
        let byte = offset < bytes.count ? bytes[bytes.startIndex + offset] : 0
        let hex = String(byte, radix: 16, uppercase: true)
        throw failure(
          fileName,
          "the file is not valid UTF-8 (byte 0x\(hex.count == 1 ? "0" : "")\(hex) at offset \(offset)); save it as UTF-8",
          line: line, column: column)
      }
    }
  }
}
