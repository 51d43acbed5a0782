import Foundation
import Testing

@testable import PlenumKit
@testable import PlenumProgress

#if canImport(Glibc)
  import Glibc
#endif

/// Learner names never leave the progress folder, nothing is written through a symbolic
/// link, and what the log creates is private (folders 0700, files 0600).
@Suite("Progress paths and permissions")
struct ProgressPathTests {
  /// Opens a log with a fixed device id, as `plenum` would.
  static func open(root: String, learner: String) throws(ProgressError) -> ReviewLog {
    try ReviewLog(root: root, learner: learner, deviceID: "0123456789ab")
  }

  static func mode(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
  }

  static let review = ReviewRecord(
    id: ReviewID("00000000000000000000000000000001"), card: "event-date:x", deck: "d",
    at: 1_788_000_000_000, rating: .good, form: .typed, answer: "1956", verdict: .correct, ms: 900)

  @Test(arguments: [
    ("..", "it contains '..'"),
    ("../escape", "it contains a path separator ('/' or '\\')"),
    ("/etc", "it contains a path separator ('/' or '\\')"),
    ("a/../../b", "it contains a path separator ('/' or '\\')"),
    ("a..b", "it contains '..'"),
    (".hidden", "it starts with a dot"),
    ("back\\slash", "it contains a path separator ('/' or '\\')"),
    ("", "it is empty"),
    ("tab\there", "it contains a control character"),
    (String(repeating: "x", count: 65), "it is longer than 64 characters"),
  ])
  func refusesLearnerNamesThatCouldLeaveTheFolder(name: String, reason: String) throws {
    let scratch = try TemporaryFolder(prefix: "plenum-paths")
    let root = scratch.path
    let progress = root + "/progress"
    #expect(throws: ProgressError(.invalidLearnerName(name: name, reason: reason))) {
      _ = try Self.open(root: progress, learner: name)
    }
    // Refused before anything is made: not even the progress root.
    #expect(FileManager.default.fileExists(atPath: progress) == false)
  }

  @Test func createsPrivateFoldersAndFiles() throws {
    let scratch = try TemporaryFolder(prefix: "plenum-paths")
    let root = scratch.path
    let progress = root + "/progress"
    let log = try Self.open(root: progress, learner: "Kim Min-ji")
    try log.append(Self.review)
    #expect(log.folder == progress + "/Kim Min-ji")
    #expect(Self.mode(progress) == 0o700)
    #expect(Self.mode(log.folder) == 0o700)
    #expect(Self.mode(log.folder + "/.lock") == 0o600)
    #expect(Self.mode(log.path) == 0o600)
    #expect(log.path.hasPrefix(progress + "/Kim Min-ji/reviews-"))
  }

  @Test func refusesALearnerFolderThatIsASymbolicLink() throws {
    let scratch = try TemporaryFolder(prefix: "plenum-paths")
    let root = scratch.path
    let elsewhere = root + "/elsewhere"
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: root + "/progress", withIntermediateDirectories: true)
    #expect(symlink(elsewhere, root + "/progress/alice") == 0)
    #expect(throws: ProgressError(.symbolicLink(path: root + "/progress/alice"))) {
      _ = try Self.open(root: root + "/progress", learner: "alice")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere) == [])
  }

  @Test func neverAppendsThroughALogFileThatIsASymbolicLink() throws {
    let scratch = try TemporaryFolder(prefix: "plenum-paths")
    let root = scratch.path
    let log = try Self.open(root: root + "/progress", learner: "alice")
    let target = root + "/target.txt"
    try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: target))
    #expect(symlink(target, log.path) == 0)
    #expect(throws: ProgressError(.symbolicLink(path: log.path))) { try log.append(Self.review) }
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
    // Readers skip the link too, and say so.
    #expect(
      ReviewLog.read(learnerFolder: log.folder).diagnostics.map(\.message) == [
        "the file could not be read (it is a symbolic link, which plenum does not follow); its reviews are not counted"
      ])
  }

  @Test func refusesAFolderWhereTheLogFileShouldBe() throws {
    // Tests run as root, for whom chmod 000 does not stop reading; a folder in the file's
    // place is the unreadable log that can be tested.
    let scratch = try TemporaryFolder(prefix: "plenum-paths")
    let root = scratch.path
    let log = try Self.open(root: root + "/progress", learner: "alice")
    try FileManager.default.createDirectory(atPath: log.path, withIntermediateDirectories: false)
    #expect(throws: ProgressError(.notAFile(path: log.path))) { try log.append(Self.review) }
    #expect(
      ReviewLog.read(learnerFolder: log.folder).diagnostics.map(\.message) == [
        "reading stopped here (Is a directory); the rest of the file is not counted"
      ])
  }

  @Test func refusesAFileWhereTheLearnerFolderShouldBe() throws {
    let scratch = try TemporaryFolder(prefix: "plenum-paths")
    let root = scratch.path
    try FileManager.default.createDirectory(
      atPath: root + "/progress", withIntermediateDirectories: true)
    try Data("not a folder".utf8).write(to: URL(fileURLWithPath: root + "/progress/alice"))
    #expect(throws: ProgressError(.notAFolder(path: root + "/progress/alice"))) {
      _ = try Self.open(root: root + "/progress", learner: "alice")
    }
    #expect(try String(contentsOfFile: root + "/progress/alice", encoding: .utf8) == "not a folder")
  }

  @Test func refusesADeviceFileThatIsASymbolicLink() throws {
    let scratch = try TemporaryFolder(prefix: "plenum-paths")
    let root = scratch.path
    let folder = root + "/data"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let target = root + "/target.txt"
    try Data("abcdef123456\n".utf8).write(to: URL(fileURLWithPath: target))
    #expect(symlink(target, folder + "/.device") == 0)
    var generator = PathTestGenerator(seed: 7)
    #expect(throws: ProgressError(.symbolicLink(path: folder + "/.device"))) {
      _ = try DeviceIdentity.installationID(dataFolder: folder, generator: &generator)
    }
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "abcdef123456\n")
  }
}

/// A small seeded generator for device ids.
private typealias PathTestGenerator = SeededGenerator
