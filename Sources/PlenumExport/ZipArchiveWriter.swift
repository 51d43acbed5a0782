import Foundation

/// Builds a ZIP archive in memory with every entry stored (not compressed).
///
/// Stored entries keep the writer small and the output byte-identical for the same input: no
/// compressor version can change it. Timestamps are fixed at 1980-01-01 00:00 for the same reason.
struct ZipArchiveWriter {
  /// An entry or the whole archive would pass the 4 GiB limit of a ZIP without ZIP64.
  struct SizeError: Error, Equatable {
    let entry: String
    let bytes: Int
  }

  private struct Entry {
    let name: [UInt8]
    let crc: UInt32
    let size: UInt32
    let offset: UInt32
  }

  private var body = Data()
  private var entries: [Entry] = []

  /// MS-DOS date for 1980-01-01 (day 1, month 1, year 0 since 1980); the time is 00:00:00.
  private static let dosDate: UInt16 = 1 << 5 | 1
  private static let dosTime: UInt16 = 0
  /// "Version needed to extract" 2.0: plain stored entries.
  private static let version: UInt16 = 20

  /// Appends an entry named `name` (ASCII, `/` between folders) holding `contents`.
  mutating func add(name: String, contents: Data) throws(SizeError) {
    let nameBytes = Array(name.utf8)
    let end = body.count + 30 + nameBytes.count + contents.count
    guard contents.count < Int(UInt32.max), end < Int(UInt32.max), entries.count < 0xFFFF else {
      throw SizeError(entry: name, bytes: contents.count)
    }
    let entry = Entry(
      name: nameBytes, crc: CRC32.checksum(contents), size: UInt32(contents.count),
      offset: UInt32(body.count))
    body.appendLittleEndian(UInt32(0x0403_4B50))
    body.appendLittleEndian(Self.version)
    appendCommonFields(of: entry, to: &body)
    body.appendLittleEndian(UInt16(0))  // extra field length
    body.append(contentsOf: nameBytes)
    body.append(contents)
    entries.append(entry)
  }

  /// The finished archive: the entries, the central directory and its end record.
  func archive() throws(SizeError) -> Data {
    var directory = Data()
    for entry in entries {
      directory.appendLittleEndian(UInt32(0x0201_4B50))
      directory.appendLittleEndian(Self.version)  // made by: MS-DOS attributes, spec 2.0
      directory.appendLittleEndian(Self.version)
      appendCommonFields(of: entry, to: &directory)
      for _ in 0..<4 { directory.appendLittleEndian(UInt16(0)) }  // extra, comment, disk, internal
      directory.appendLittleEndian(UInt32(0))  // external attributes
      directory.appendLittleEndian(entry.offset)
      directory.append(contentsOf: entry.name)
    }
    guard body.count + directory.count < Int(UInt32.max) else {
      throw SizeError(entry: "central directory", bytes: body.count + directory.count)
    }
    var result = body
    result.append(directory)
    result.appendLittleEndian(UInt32(0x0605_4B50))
    result.appendLittleEndian(UInt16(0))  // this disk
    result.appendLittleEndian(UInt16(0))  // disk with the directory
    result.appendLittleEndian(UInt16(entries.count))
    result.appendLittleEndian(UInt16(entries.count))
    result.appendLittleEndian(UInt32(directory.count))
    result.appendLittleEndian(UInt32(body.count))
    result.appendLittleEndian(UInt16(0))  // comment length
    return result
  }

  /// Flags through name length: identical in the local header and the directory record.
  private func appendCommonFields(of entry: Entry, to data: inout Data) {
    data.appendLittleEndian(UInt16(0))  // flags
    data.appendLittleEndian(UInt16(0))  // method: stored
    data.appendLittleEndian(Self.dosTime)
    data.appendLittleEndian(Self.dosDate)
    data.appendLittleEndian(entry.crc)
    data.appendLittleEndian(entry.size)  // compressed size
    data.appendLittleEndian(entry.size)
    data.appendLittleEndian(UInt16(entry.name.count))
  }
}

extension Data {
  fileprivate mutating func appendLittleEndian<Value: FixedWidthInteger>(_ value: Value) {
    Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
  }
}
