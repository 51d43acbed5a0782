#if canImport(Glibc)
  import Glibc
#endif

/// Which file of a learner's folder this installation appends to.
///
/// Scheme: the first time plenum writes a review on an installation it draws a random
/// 48-bit *device id* (12 hex digits) and keeps it in `.device` in the user's data folder
/// (`$XDG_DATA_HOME/plenum/.device`, else `~/.local/share/plenum/.device`), which is never
/// inside a learner folder, so syncing learner folders never carries it to another machine.
/// An earlier scheme derived the device from /etc/machine-id and the host name; machines
/// cloned from one image share both and so wrote one file from two places. A random id kept
/// per installation does not depend on either.
///
/// A clone made *after* plenum ran still carries the same `.device`; that case is detected
/// rather than prevented: every review id carries a tag of the boot it was written in
/// (`writerTag`), and `doctor` reports a device file where the tags of two boots interleave,
/// which one machine cannot produce (`SharedDeviceCheck`).
public enum DeviceIdentity {
  /// The file name of the device id inside the data folder.
  public static let fileName = ".device"

  /// True for ids that are safe as file names: 1–64 of [0-9A-Za-z_-].
  public static func isSafeName(_ text: String) -> Bool {
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

  /// Reads this installation's device id from `<dataFolder>/.device`, creating the folder
  /// (0700) and the file (0600) on first use.
  ///
  /// The new file is written under a temporary name and linked into place, which fails if
  /// another process got there first; then that process's id is read, so two first runs at
  /// once still agree on one id.
  public static func installationID(
    dataFolder: String, generator: inout some RandomNumberGenerator,
    io: some FileWriting = SystemFileWriting()
  ) throws(ProgressError) -> String {
    try ProgressFolders.ensureFolder(dataFolder, refuseLinks: false)
    let path = ProgressFolders.join(dataFolder, fileName)
    for _ in 0..<3 {
      switch ProgressFolders.entry(at: path) {
      case .link: throw ProgressError(.symbolicLink(path: path))
      case .folder, .other: throw ProgressError(.notAFile(path: path))
      case .file:
        if let id = readSmallFile(path), isSafeName(id) { return id }
        // Empty or garbled (an interrupted first run): no log can be named after it, so
        // replacing it loses nothing.
        let id = hex(generator.next() >> 16, digits: 12)
        try AtomicFile.write(Array((id + "\n").utf8), to: path, io: io)
        return id
      case .missing:
        let id = hex(generator.next() >> 16, digits: 12)
        if try AtomicFile.create(Array((id + "\n").utf8), at: path, io: io) { return id }
      // Another process created it meanwhile: read theirs.
      }
    }
    throw ProgressError(.notAFile(path: path))
  }

  /// A 32-bit tag of the current boot (from the kernel's random boot id), the same for
  /// every process of one boot and different on another machine or after a reboot.
  public static func currentWriterTag() -> UInt32 {
    let boot = readSmallFile("/proc/sys/kernel/random/boot_id") ?? ""
    var hash: UInt32 = 0x811c_9dc5
    for b in "plenum-writer\u{0}\(boot)".utf8 { hash = (hash ^ UInt32(b)) &* 0x0100_0193 }
    return hash
  }

  static func hex(_ value: UInt64, digits: Int) -> String {
    let text = String(value, radix: 16)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }

  static func readSmallFile(_ path: String) -> String? {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
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
