#if canImport(Glibc)
  import Glibc
#endif

/// Which file of a learner's folder this machine appends to.
///
/// Scheme: every machine has a *machine key*, a 64-bit FNV-1a hash (16 hex digits) of
/// "plenum-device", /etc/machine-id and the host name. The id itself is hashed because
/// machine-id(5) asks applications not to publish it, and the host name is mixed in because
/// cloned images and containers often share one machine-id. The first time a machine writes
/// for a learner it draws a random 48-bit *device id* (12 hex digits) and keeps it in
/// `<learner>/.devices/<machine key>`, so it is created once per machine and travels with the
/// folder. Two machines syncing the folder have different keys, so each finds only its own
/// file there and never adopts another's id; the random id (not the key) names the log, so the
/// log name reveals nothing about the machine. A machine whose host name changes simply starts
/// a new device file; readers take the union of all files, so nothing is lost.
public enum DeviceIdentity {
  /// The key of the machine this runs on, from /etc/machine-id and the host name.
  public static func currentMachineKey() -> String {
    let machineID =
      readSmallFile("/etc/machine-id") ?? readSmallFile("/var/lib/dbus/machine-id") ?? ""
    var name = [UInt8](repeating: 0, count: 256)
    let ok = name.withUnsafeMutableBufferPointer {
      $0.withMemoryRebound(to: CChar.self) { gethostname($0.baseAddress!, $0.count - 1) == 0 }
    }
    let host = ok ? String(decoding: name.prefix(while: { $0 != 0 }), as: UTF8.self) : ""
    return machineKey(machineID: machineID, hostname: host)
  }

  /// The machine key for the given machine-id and host name (16 lowercase hex digits).
  public static func machineKey(machineID: String, hostname: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in "plenum-device\u{0}\(machineID.trimmed)\u{0}\(hostname)".utf8 {
      hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3
    }
    return hex(hash, digits: 16)
  }

  /// True for keys and ids that are safe as file names: 1–64 of [0-9A-Za-z_-].
  static func isSafeName(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.count <= 64
      && text.utf8.allSatisfy {
        switch $0 {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
          UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"), UInt8(ascii: "_"):
          true
        default: false
        }
      }
  }

  /// Reads this machine's device id from the learner folder, creating it on first use.
  /// The caller holds the learner lock, so two processes never draw two ids.
  static func deviceID(
    learnerFolder: String, machineKey: String, generator: inout some RandomNumberGenerator,
    io: some FileWriting
  ) throws(ProgressError) -> String {
    let folder = ProgressFolders.join(learnerFolder, ".devices")
    try ProgressFolders.ensureFolder(folder)
    let path = ProgressFolders.join(folder, machineKey)
    switch ProgressFolders.entry(at: path) {
    case .link: throw ProgressError(.symbolicLink(path: path))
    case .folder, .other: throw ProgressError(.notAFile(path: path))
    case .file:
      if let id = readSmallFile(path), isSafeName(id) { return id }
    case .missing: break
    }
    // Missing, or an empty/garbled file from an interrupted first run: no log can be named
    // after a garbled id, so drawing a new one loses nothing.
    let id = hex(generator.next() >> 16, digits: 12)
    try AtomicFile.write(Array((id + "\n").utf8), to: path, io: io)
    return id
  }

  static func hex(_ value: UInt64, digits: Int) -> String {
    let text = String(value, radix: 16)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }

  static func readSmallFile(_ path: String) -> String? {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let n = read(fd, &buffer, buffer.count)
    guard n >= 0 else { return nil }
    return String(decoding: buffer[..<n], as: UTF8.self).trimmed
  }
}

extension String {
  /// Without leading and trailing spaces and newlines (no Foundation needed).
  var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
