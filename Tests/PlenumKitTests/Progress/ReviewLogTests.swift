import Foundation
import PlenumScheduling
import Testing

@testable import PlenumProgress

@Suite struct ReviewLogTests {
  @Test func appendedReviewsReadBackInOrder() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root)
    for n in [3, 1, 2] { try log.append(sampleReview(n)) }
    let reading = log.readAll()
    #expect(reading.reviews == [sampleReview(1), sampleReview(2), sampleReview(3)])
    #expect(reading.diagnostics.isEmpty)
    #expect(log.fileName == "reviews-\(log.deviceID).jsonl")
    #expect(
      root.read("alice/\(log.fileName)")
        == [3, 1, 2].map { logLine(.review(sampleReview($0))) }.joined())
  }

  @Test func createsPrivateFoldersAndFiles() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root, machine: "m1")
    try log.append(sampleReview(1))
    #expect(root.mode("alice") == 0o700)
    #expect(root.mode("alice/.devices") == -1, "no device id is kept in the learner folder")
    #expect(root.mode("alice/.lock") == 0o600)
    #expect(root.mode("alice/\(log.fileName)") == 0o600)
  }

  @Test func keepsOneRandomDeviceIdPerInstallationOutsideTheLearnerFolder() throws {
    let root = ProgressTempFolder()
    var first = ProgressSeededGenerator(seed: 1)
    var second = ProgressSeededGenerator(seed: 2)
    let id = try DeviceIdentity.installationID(dataFolder: root.file("data"), generator: &first)
    let again = try DeviceIdentity.installationID(dataFolder: root.file("data"), generator: &second)
    #expect(id == again, "drawn once, then read back")
    #expect(id.count == 12)
    #expect(root.read("data/.device") == id + "\n")
    #expect(root.mode("data") == 0o700)
    #expect(root.mode("data/.device") == 0o600)
    // A clone of the machine made before the first run draws its own id, whatever its
    // machine-id and host name: only the generator's draw decides.
    var clone = ProgressSeededGenerator(seed: 2)
    let cloned = try DeviceIdentity.installationID(
      dataFolder: root.file("clone"), generator: &clone)
    #expect(cloned != id)
  }

  @Test func reportsADeviceFileWrittenByTwoMachines() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root, machine: "shared")
    var random = ProgressSeededGenerator(seed: 9)
    func review(_ n: Int, writer: UInt32) -> ReviewRecord {
      var record = sampleReview(n)
      record.id = ReviewID.tagged(writer: writer, using: &random)
      return record
    }
    // One machine over two boots: no problem.
    for (n, writer) in [(1, 0xA), (2, 0xA), (3, 0xB), (4, 0xB)] as [(Int, UInt32)] {
      try log.append(review(n, writer: writer))
    }
    #expect(SharedDeviceCheck.diagnostics(learnerFolder: log.folder).isEmpty)
    // A clone appends under the same id; then the first machine again.
    try log.append(review(5, writer: 0xC))
    try log.append(review(6, writer: 0xB))
    let found = SharedDeviceCheck.diagnostics(learnerFolder: log.folder)
    #expect(found.map(\.kind) == [.sharedDevice])
    #expect(
      found.first?.description
        == "reviews-shared.jsonl:6: this device file is written by two machines (records of one machine come back after another's), so a sync may lose reviews; they share one device id, probably a machine cloned after plenum ran. On one of them delete the file .device in plenum's data folder ($XDG_DATA_HOME/plenum or ~/.local/share/plenum) so it draws a new id; no review is lost"
    )
  }

  @Test func unionOfDeviceFilesDropsDuplicateIds() throws {
    let root = ProgressTempFolder()
    let laptop = try openReviewLog(root, machine: "laptop")
    let desktop = try openReviewLog(root, machine: "desktop", seed: 2)
    try laptop.append(sampleReview(1))
    try desktop.append(sampleReview(2))
    try laptop.append(sampleReview(3))
    try desktop.append(sampleReview(3))  // the same review synced into both files
    // Same time, ids decide the order.
    try desktop.append(sampleReview(5, at: progressBaseTime + 1000))
    let reading = ReviewLog.read(learnerFolder: root.file("alice"))
    #expect(
      reading.reviews == [
        sampleReview(1), sampleReview(5, at: progressBaseTime + 1000), sampleReview(2),
        sampleReview(3),
      ])
    #expect(reading.diagnostics.isEmpty)
  }

  @Test func mergeIsIdempotentAndIndependentOfFileOrder() throws {
    let a = [sampleReview(1), sampleReview(4), sampleReview(9, card: "x")].map {
      logLine(.review($0))
    }.joined()
    let b = [sampleReview(2), sampleReview(4), sampleReview(7)].map { logLine(.review($0)) }
      .joined()
    func union(_ files: [(String, String)]) -> LogReading {
      let root = ProgressTempFolder()
      try? FileManager.default.createDirectory(
        atPath: root.file("bob"), withIntermediateDirectories: false)
      for (name, text) in files { root.write("bob/\(name)", text) }
      return ReviewLog.read(learnerFolder: root.file("bob"))
    }
    let once = union([("reviews-a.jsonl", a), ("reviews-b.jsonl", b)])
    let swapped = union([("reviews-a.jsonl", b), ("reviews-b.jsonl", a)])
    let merged = once.reviews.map { logLine(.review($0)) }.joined()
    let twice = union([("reviews-a.jsonl", a), ("reviews-b.jsonl", b), ("reviews-c.jsonl", merged)])
    #expect(once.reviews.map(\.id.description.last) == ["1", "2", "4", "7", "9"])
    #expect(swapped.reviews == once.reviews)
    #expect(twice.reviews == once.reviews)
    #expect(twice.diagnostics.isEmpty)
  }

  @Test func reportsEachBadLineAndReadsTheRest() throws {
    let root = ProgressTempFolder()
    try FileManager.default.createDirectory(
      atPath: root.file("kim"), withIntermediateDirectories: false)
    var unknown = String(logLine(.review(sampleReview(4))).dropLast(2))
    unknown += #","mood":"tired"}"# + "\n"
    let conflicting = logLine(.review(sampleReview(1, answer: "31 August")))
    let undoMissing = logLine(
      .undo(UndoRecord(id: ReviewID("u9"), undo: ReviewID("gone"), at: progressBaseTime)))
    let lines = [
      logLine(.review(sampleReview(1))),
      #"{"v":1,"id":"00000000000000000000000000000002","ca"# + "\n",
      "this is not json\n",
      logLine(.review(sampleReview(3))),
      unknown,
      #"{"v":2,"id":"x","shape":"new"}"# + "\n",
      conflicting,
      undoMissing,
      "\n",
      String(logLine(.review(sampleReview(5))).prefix(40)),
    ]
    root.write("kim/reviews-ab12.jsonl", lines.joined())
    let reading = ReviewLog.read(learnerFolder: root.file("kim"))
    #expect(reading.reviews == [sampleReview(1), sampleReview(3), sampleReview(4)])
    #expect(
      reading.diagnostics.map(\.description) == [
        "reviews-ab12.jsonl:2: the line is cut off (the app probably stopped while writing it); it was skipped and left in place",
        "reviews-ab12.jsonl:3: the line is not valid JSON (a record must start with '{', found 't' at column 1); it was skipped and left in place",
        "reviews-ab12.jsonl:5: the record has an unknown field 'mood'; the record was read and the field ignored",
        "reviews-ab12.jsonl:6: the record has format version 2, newer than this plenum reads (1); it was skipped and left in place — update plenum to count it",
        "reviews-ab12.jsonl:7: the review id '00000000000000000000000000000001' is also used at reviews-ab12.jsonl:1 with different content; the earlier record was kept and this one skipped",
        "reviews-ab12.jsonl:8: the undo refers to review 'gone', which is not in the log; it was ignored",
        "reviews-ab12.jsonl:10: the line is cut off (the app probably stopped while writing it); it was skipped and left in place",
      ])
    #expect(
      reading.diagnostics.map(\.kind) == [
        .cutOff, .notJSON, .unknownFields, .futureVersion, .conflictingDuplicate,
        .undoOfMissingReview, .cutOff,
      ])
    #expect(root.read("kim/reviews-ab12.jsonl") == lines.joined())  // nothing rewritten
  }

  @Test func appendAfterATornLineKeepsBothReadable() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root)
    try log.append(sampleReview(1))
    let torn = String(logLine(.review(sampleReview(2))).prefix(50))
    let handle = try #require(FileHandle(forWritingAtPath: log.path))
    handle.seekToEndOfFile()
    handle.write(Data(torn.utf8))
    try handle.close()
    try log.append(sampleReview(3))
    #expect(
      root.read("alice/\(log.fileName)") == logLine(.review(sampleReview(1))) + torn + "\n"
        + logLine(.review(sampleReview(3))))
    let reading = log.readAll()
    #expect(reading.reviews == [sampleReview(1), sampleReview(3)])
    #expect(
      reading.diagnostics.map(\.description) == [
        "\(log.fileName):2: the line is cut off (the app probably stopped while writing it); it was skipped and left in place"
      ])
  }

  @Test func undoLeavesTheReviewOutOfTheUnion() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root)
    for n in 1...3 { try log.append(sampleReview(n)) }
    let undo = try log.undo(
      reviewID: sampleReview(2).id, id: ReviewID("undo-1"), at: progressBaseTime + 9000)
    let reading = log.readAll()
    #expect(reading.reviews == [sampleReview(1), sampleReview(3)])
    #expect(reading.undos == [undo])
    #expect(reading.entries == [.review(sampleReview(1)), .review(sampleReview(3)), .undo(undo)])
    #expect(reading.diagnostics.isEmpty)
  }

  @Test func readNewReturnsOnlyWhatOthersAppended() throws {
    let root = ProgressTempFolder()
    let mine = try openReviewLog(root, machine: "m1")
    let otherProcess = try openReviewLog(root, machine: "m1", seed: 5)
    let otherDevice = try openReviewLog(root, machine: "m2", seed: 6)
    try mine.append(sampleReview(1))
    #expect(mine.readAll().reviews == [sampleReview(1)])
    #expect(mine.readNew().entries.isEmpty)
    try mine.append(sampleReview(2))
    try otherDevice.append(sampleReview(4))
    try otherProcess.append(sampleReview(3))
    let update = mine.readNew()
    #expect(update.entries == [.review(sampleReview(3)), .review(sampleReview(4))])
    #expect(update.diagnostics.isEmpty)
    #expect(mine.readNew().entries.isEmpty)
    try otherDevice.undo(
      reviewID: sampleReview(4).id, id: ReviewID("u"), at: progressBaseTime + 10_000)
    #expect(
      mine.readNew().entries == [
        .undo(
          UndoRecord(id: ReviewID("u"), undo: sampleReview(4).id, at: progressBaseTime + 10_000))
      ])
  }

  @Test func readNewWaitsForAnUnfinishedLastLine() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root)
    _ = log.readAll()
    let full = logLine(.review(sampleReview(1)))
    root.write("alice/reviews-other.jsonl", String(full.prefix(30)))
    #expect(log.readNew().entries.isEmpty)
    root.write("alice/reviews-other.jsonl", full)
    #expect(log.readNew().entries == [.review(sampleReview(1))])
  }
}

@Suite struct LogTimeRangeTests {
  @Test func theLogHoldsExactlyTheFourDigitYears() {
    #expect(LogTimestamp.format(LogTimestamp.latest) == "9999-12-31T23:59:59.999Z")
    #expect(LogTimestamp.format(LogTimestamp.earliest) == "0000-01-01T00:00:00.000Z")
    #expect(LogTimestamp.parse("9999-12-31T23:59:59.999Z") == LogTimestamp.latest)
    #expect(!LogTimestamp.isRepresentable(LogTimestamp.latest + 1))
    #expect(!LogTimestamp.isRepresentable(LogTimestamp.earliest - 1))
  }

  @Test func aReviewAtYearTenThousandIsRefusedNotWrittenAsYearZero() throws {
    let root = ProgressTempFolder()
    let log = try openReviewLog(root)
    let error = try #require(throws: ProgressError.self) {
      try log.append(sampleReview(1, at: LogTimestamp.latest + 1))
    }
    #expect(
      error == ProgressError(.unrepresentableTime(epochMilliseconds: LogTimestamp.latest + 1)))
    #expect(log.readAll().reviews.isEmpty)
    try log.append(sampleReview(2, at: LogTimestamp.parse("1500-03-01T12:00:00Z")!))
    #expect(root.read("alice/\(log.fileName)").contains("\"at\":\"1500-03-01T12:00:00.000Z\""))
  }
}
