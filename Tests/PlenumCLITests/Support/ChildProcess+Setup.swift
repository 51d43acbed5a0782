#if canImport(Glibc)
  import Glibc
#endif

/// The pipes and pseudo-terminals a child's streams are connected to.
extension ChildProcess {
  static func makePipe() throws -> (read: Int32, write: Int32) {
    var ends: [Int32] = [-1, -1]
    // Close-on-exec from the start: tests run in parallel and must not leak ends into
    // each other's children (a leaked write end would hold off end of file).
    guard LibC.pipe2(&ends, O_CLOEXEC) == 0 else {
      throw HarnessError("pipe2 failed: \(String(cString: strerror(errno))).")
    }
    return (ends[0], ends[1])
  }

  static func openTerminal(columns: UInt16, rows: UInt16) throws -> (Int32, String) {
    let master = LibC.openpt(O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0, LibC.grantpt(master) == 0, LibC.unlockpt(master) == 0 else {
      throw HarnessError("Could not open a pseudo-terminal: \(String(cString: strerror(errno))).")
    }
    var name = [CChar](repeating: 0, count: 128)
    guard LibC.ptsname(master, &name, name.count) == 0 else {
      close(master)
      throw HarnessError("ptsname_r failed: \(String(cString: strerror(errno))).")
    }
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    return (
      master, String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    )
  }
}
