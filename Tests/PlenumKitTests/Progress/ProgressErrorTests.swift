import Foundation
import PlenumScheduling
import Testing

@testable import PlenumProgress

@Suite struct ProgressErrorTests {
  @Test(arguments: [
    ("", "The learner name '' is not allowed: it is empty."),
    ("../x", "The learner name '../x' is not allowed: it contains a path separator ('/' or '\\')."),
    ("a/b", "The learner name 'a/b' is not allowed: it contains a path separator ('/' or '\\')."),
    ("a\\b", "The learner name 'a\\b' is not allowed: it contains a path separator ('/' or '\\')."),
    ("..", "The learner name '..' is not allowed: it contains '..'."),
    ("a..b", "The learner name 'a..b' is not allowed: it contains '..'."),
    (".hidden", "The learner name '.hidden' is not allowed: it starts with a dot."),
    ("tab\there", "The learner name 'tab\\there' is not allowed: it contains a control character."),
    (
      String(repeating: "x", count: 65),
      "The learner name '\(String(repeating: "x", count: 65))' is not allowed: it is longer than 64 characters."
    ),
  ])
  func rejectsUnsafeLearnerNames(_ name: String, _ sentence: String) {
    let suffix = " Choose a plain name such as 'alice' or 'Kim Min-ji'."
    #expect(throws: ProgressError.self) { try LearnerName.validate(name) }
    do {
      try LearnerName.validate(name)
    } catch {
      #expect(error.description == sentence + suffix)
    }
  }

  @Test(arguments: ["alice", "Kim Min-ji", "김민지", String(repeating: "가", count: 64), "a.b"])
  func acceptsPlainLearnerNames(_ name: String) throws {
    #expect(try LearnerName.validate(name) == name)
  }

  @Test func rejectsADeviceIDThatCannotNameAFile() throws {
    let root = ProgressTempFolder()
    let error = try #require(throws: ProgressError.self) {
      try openReviewLog(root, machine: "../x")
    }
    #expect(
      error.description
        == "The device id '../x' cannot name a log file: it must be 1 to 64 letters, digits, '-' or '_'. Fix or delete the .device file (or PLENUM_DEVICE) so a new id is drawn."
    )
  }

  @Test func refusesASymlinkedLearnerFolder() throws {
    let root = ProgressTempFolder()
    let elsewhere = ProgressTempFolder()
    try FileManager.default.createSymbolicLink(
      atPath: root.file("alice"), withDestinationPath: elsewhere.path)
    let error = try #require(throws: ProgressError.self) { try openReviewLog(root) }
    #expect(
      error.description
        == "\(root.path)/alice is a symbolic link; plenum does not follow links in the progress folder, so a review cannot be written elsewhere by accident. Replace the link with a real folder or file."
    )
  }

  @Test func refusesALearnerFolderSwappedForALinkAfterOpening() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root)
    let elsewhere = ProgressTempFolder()
    try FileManager.default.moveItem(atPath: root.file("alice"), toPath: elsewhere.file("moved"))
    try FileManager.default.createSymbolicLink(
      atPath: root.file("alice"), withDestinationPath: elsewhere.file("moved"))
    let error = try #require(throws: ProgressError.self) { try log.append(sampleReview(1)) }
    #expect(error.kind == .symbolicLink(path: root.file("alice")))
    #expect(ReviewLog.logFileNames(in: elsewhere.file("moved")).isEmpty)
  }

  @Test func refusesASymlinkedLogFile() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root)
    let target = root.file("target.jsonl")
    root.write("target.jsonl", "")
    try FileManager.default.createSymbolicLink(atPath: log.path, withDestinationPath: target)
    let error = try #require(throws: ProgressError.self) { try log.append(sampleReview(1)) }
    #expect(error.kind == .symbolicLink(path: log.path))
    #expect(root.read("target.jsonl") == "")
    let reading = log.readAll()
    #expect(
      reading.diagnostics.map(\.description) == [
        "\(log.fileName): the file could not be read (it is a symbolic link, which plenum does not follow); its reviews are not counted"
      ])
  }

  @Test func saysWhenAFileIsWhereTheLearnerFolderShouldBe() throws {
    let root = ProgressTempFolder()
    root.write("alice", "oops")
    let error = try #require(throws: ProgressError.self) { try openReviewLog(root) }
    #expect(
      error.description
        == "\(root.path)/alice should be a folder but is a file or something else. Move it away and run plenum again."
    )
  }

  @Test func readOnlyFolderIsAClearErrorAndKeepsWhatWasSaved() throws {
    let root = ProgressTempFolder()
    try openReviewLog(root).append(sampleReview(1))
    let log = try openReviewLog(root, io: FailingFileWriting(errno: EROFS, failOpen: true))
    let error = try #require(throws: ProgressError.self) { try log.append(sampleReview(2)) }
    #expect(
      error.description
        == "\(log.path) cannot be written (the folder or disk is read-only or not yours), so the review could not be saved. Choose a writable progress folder with --progress or PLENUM_PROGRESS; reviews already saved are kept."
    )
    #expect(log.readAll().reviews == [sampleReview(1)])
  }

  @Test func fullDiskMidLineLeavesNoLineThatMergesWithTheNext() throws {
    let root = ProgressTempFolder()
    try openReviewLog(root).append(sampleReview(1))
    let full = try openReviewLog(
      root, io: FailingFileWriting(errno: ENOSPC, bytesBeforeFailure: 40))
    let error = try #require(throws: ProgressError.self) { try full.append(sampleReview(2)) }
    #expect(
      error.description
        == "The disk is full, so the review could not be saved to \(full.path). Free some space and answer again; reviews already saved are kept."
    )
    let log = try openReviewLog(root)
    try log.append(sampleReview(3))
    let reading = log.readAll()
    #expect(reading.reviews == [sampleReview(1), sampleReview(3)])
    #expect(reading.diagnostics.map(\.kind) == [.cutOff])
    #expect(reading.diagnostics.first?.line == 2)
  }

  /// A real EFBIG from the kernel: the soft RLIMIT_FSIZE is lowered to 1 GiB for the whole
  /// test process (no other test writes near that size) against a sparse log just below it.
  @Test func fileSizeLimitIsAClearError() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root)
    try log.append(sampleReview(1))
    let limit: rlim_t = 1 << 30
    #expect(truncate(log.path, off_t(limit) - 10) == 0)
    var saved = rlimit()
    getrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved)
    let previousHandler = signal(SIGXFSZ, SIG_IGN)
    var lowered = saved
    lowered.rlim_cur = limit
    #expect(setrlimit(Int32(RLIMIT_FSIZE.rawValue), &lowered) == 0)
    defer {
      setrlimit(Int32(RLIMIT_FSIZE.rawValue), &saved)
      signal(SIGXFSZ, previousHandler)
    }
    let error = try #require(throws: ProgressError.self) { try log.append(sampleReview(2)) }
    #expect(
      error.description
        == "\(log.path) has reached the largest file size this system allows, so the review could not be saved. Raise the limit (ulimit -f) and answer again; reviews already saved are kept."
    )
    var info = stat()
    #expect(stat(log.path, &info) == 0 && info.st_size == off_t(limit))
  }
}
