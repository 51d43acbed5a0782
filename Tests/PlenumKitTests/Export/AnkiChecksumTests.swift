import Foundation
import Testing

@testable import PlenumExport

/// Known-answer vectors from the standards, so a slip in the hand-written digests shows here
/// rather than as a ZIP that unzip rejects or notes Anki thinks are not duplicates.
@Suite struct AnkiChecksumTests {
  private func hex(_ bytes: [UInt8]) -> String {
    bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined()
  }

  @Test func sha1MatchesFIPSVectors() {
    #expect(hex(SHA1.digest([UInt8]())) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
    #expect(hex(SHA1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
    // 56 bytes: the length no longer fits in the first block, so padding adds a second one.
    #expect(
      hex(SHA1.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)))
        == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
    #expect(
      hex(SHA1.digest([UInt8](repeating: 0x61, count: 1000)))
        == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
  }

  @Test func crc32MatchesTheCheckValue() {
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([UInt8]()) == 0)
  }

  @Test func ankiChecksumIsTheFirstFourDigestBytes() {
    // sha1("abc") starts a9993e36.
    #expect(AnkiPackageCollection.checksum("abc") == 0xA999_3E36)
  }

  @Test func zipWriterLaysOutHeadersDirectoryAndEnd() throws {
    var writer = ZipArchiveWriter()
    try writer.add(name: "a.txt", contents: Data("hi".utf8))
    let archive = try writer.archive()
    // Local header (30) + name (5) + data (2), directory record (46 + 5), end record (22).
    #expect(archive.count == 37 + 51 + 22)
    let entry = try #require(StoredZipReader(archive)?.entries.first)
    #expect(entry == .init(name: "a.txt", method: 0, crc: 0xD893_2AAC, contents: Data("hi".utf8)))
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
