/// The unique id of one review or undo record in the log.
///
/// New ids are 128 random bits written as 32 lowercase hex digits. Those are stored as two
/// integers, so a million-line log holds no per-id heap string and hashes and compares fast;
/// any other text (a file written by another tool) is kept as it was read.
public struct ReviewID: Hashable, Comparable, Sendable, CustomStringConvertible {
  enum Storage: Hashable, Sendable {
    case hex128(UInt64, UInt64)
    case text(String)
  }

  let storage: Storage

  /// Wraps an id as it appears in the log.
  public init(_ text: String) {
    var utf8 = text.utf8.makeIterator()
    var bytes: [UInt8] = []
    bytes.reserveCapacity(32)
    while let b = utf8.next(), bytes.count <= 32 { bytes.append(b) }
    storage = bytes.withUnsafeBufferPointer { ReviewID.hex(from: $0) } ?? .text(text)
  }

  init(storage: Storage) { self.storage = storage }

  /// A fresh id of 128 bits taken from `generator`.
  public static func random(using generator: inout some RandomNumberGenerator) -> ReviewID {
    ReviewID(storage: .hex128(generator.next(), generator.next()))
  }

  /// The first 16 bits of an id that carries a writer tag.
  static let taggedMarker: UInt64 = 0xb007

  /// A fresh id carrying `writer` (see `DeviceIdentity.currentWriterTag`): 16 bits of
  /// marker, the 32-bit tag, then 80 random bits, so ids stay unique and a device file can
  /// tell whether one machine wrote it (`SharedDeviceCheck`).
  public static func tagged(writer: UInt32, using generator: inout some RandomNumberGenerator)
    -> ReviewID
  {
    let high = taggedMarker << 48 | UInt64(writer) << 16 | (generator.next() & 0xffff)
    return ReviewID(storage: .hex128(high, generator.next()))
  }

  /// The writer tag of an id made by `tagged`; nil for other ids.
  var writerTag: UInt32? {
    guard case .hex128(let high, _) = storage, high >> 48 == Self.taggedMarker else { return nil }
    return UInt32(truncatingIfNeeded: high >> 16)
  }

  /// Decodes 32 lowercase hex digits; nil for anything else.
  static func hex(from bytes: UnsafeBufferPointer<UInt8>) -> Storage? {
    guard bytes.count == 32 else { return nil }
    var high: UInt64 = 0
    var low: UInt64 = 0
    var bad: UInt8 = 0
    for i in 0..<16 {
      let d = hexDigit(bytes[i])
      bad |= d
      high = high << 4 | UInt64(d)
    }
    for i in 16..<32 {
      let d = hexDigit(bytes[i])
      bad |= d
      low = low << 4 | UInt64(d)
    }
    // An invalid digit maps to 0x80, which survives the OR.
    guard bad & 0x80 == 0 else { return nil }
    return .hex128(high, low)
  }

  /// 0–15 for a lowercase hex digit, 0x80 for anything else (no branches to mispredict).
  @inline(__always)
  private static func hexDigit(_ b: UInt8) -> UInt8 {
    let digit = b &- UInt8(ascii: "0")
    let letter = b &- UInt8(ascii: "a")
    if digit < 10 { return digit }
    if letter < 6 { return letter &+ 10 }
    return 0x80
  }

  /// The id as written in the log.
  public var description: String {
    switch storage {
    case .text(let text): return text
    case .hex128(let high, let low): return Self.hexDigits(high) + Self.hexDigits(low)
    }
  }

  private static func hexDigits(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// Orders by the UTF-8 bytes of the written text (lowercase hex compares like the numbers).
  public static func < (a: ReviewID, b: ReviewID) -> Bool {
    if case .hex128(let ah, let al) = a.storage, case .hex128(let bh, let bl) = b.storage {
      return ah != bh ? ah < bh : al < bl
    }
    return a.description.utf8.lexicographicallyPrecedes(b.description.utf8)
  }
}
