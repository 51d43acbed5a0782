import Foundation

/// Reads the stored (uncompressed) entries of a ZIP archive through its central directory,
/// so tests check what an unzip tool sees rather than trusting the writer's own layout.
struct StoredZipReader {
  struct Entry: Equatable {
    let name: String
    let method: UInt16
    let crc: UInt32
    let contents: Data
  }

  let entries: [Entry]

  init?(_ data: Data) {
    let bytes = [UInt8](data)
    func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
    let end = bytes.count - 22
    guard end >= 0, u32(end) == 0x0605_4B50 else { return nil }
    var record = u32(end + 16)
    var entries: [Entry] = []
    for _ in 0..<u16(end + 10) {
      guard u32(record) == 0x0201_4B50 else { return nil }
      let nameLength = u16(record + 28)
      let local = u32(record + 42)
      guard u32(local) == 0x0403_4B50 else { return nil }
      let start = local + 30 + u16(local + 26) + u16(local + 28)
      entries.append(
        Entry(
          name: String(decoding: bytes[record + 46..<record + 46 + nameLength], as: UTF8.self),
          method: UInt16(u16(record + 10)), crc: UInt32(u32(record + 16)),
          contents: Data(bytes[start..<start + u32(record + 20)])))
      record += 46 + nameLength + u16(record + 30) + u16(record + 32)
    }
    self.entries = entries
  }
}
