#if canImport(Glibc)
  import Glibc
#endif

/// C functions Swift's Glibc module leaves out (they need _GNU_SOURCE or _XOPEN_SOURCE),
/// looked up in the C library at run time; a test target cannot hold C code.
enum LibC {
  typealias IntFunction = @convention(c) (Int32) -> Int32

  nonisolated(unsafe) static let pipe2 = symbol(
    "pipe2", as: (@convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32).self)
  nonisolated(unsafe) static let openpt = symbol("posix_openpt", as: IntFunction.self)
  nonisolated(unsafe) static let grantpt = symbol("grantpt", as: IntFunction.self)
  nonisolated(unsafe) static let unlockpt = symbol("unlockpt", as: IntFunction.self)
  nonisolated(unsafe) static let ptsname = symbol(
    "ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32).self)
  nonisolated(unsafe) static let addChdir = symbol(
    "posix_spawn_file_actions_addchdir_np",
    as: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?)
      -> Int32).self)
  /// POSIX_SPAWN_SETSID from <spawn.h>.
  static let spawnSetSID: Int32 = 0x80

  private static func symbol<T>(_ name: String, as type: T.Type) -> T {
    guard let address = dlsym(dlopen(nil, RTLD_NOW), name) else {
      fatalError("The C library has no \(name).")
    }
    return unsafeBitCast(address, to: type)
  }
}
