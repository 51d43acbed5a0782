import Foundation
import Testing

/// `plenum doctor --repair`: a torn or garbled line no longer fails doctor for ever; it is
/// moved to a side file, never deleted.
@Suite("Doctor repair")
struct DoctorRepairTests {
  @Test func repairMovesUnreadableLinesToASideFileAndDoctorIsCleanAfter() throws {
    let sandbox = try Sandbox()
    let good1 = HostileInputFileTests.reviewLine(id: 1, card: "event-date:kwp-third-congress")
    let good2 = HostileInputFileTests.reviewLine(
      id: 2, card: "event-date:kwp-third-congress", at: "2026-09-02T09:00:00.000Z")
    let garbled = "this is not json"
    let torn = String(good2.prefix(40))
    try HostileInputFileTests.writeLog([good1, garbled, good2], in: sandbox)
    let folder = sandbox.learnerFolder()
    let log = folder + "/reviews-aaaaaaaaaaaa.jsonl"
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
    handle.seekToEndOfFile()
    handle.write(Data(torn.utf8))  // the power went out mid-line
    try handle.close()
    let progress = ["--progress", sandbox.progress]

    let before = try sandbox.run(["doctor"] + progress)
    #expect(before.status == 65)
    #expect(
      before.stdout.hasSuffix(
        "Nothing was changed or deleted; every readable review is still used.\n"
          + "'plenum doctor --repair' moves the unreadable lines to a side file, deleting nothing.\n"
      ), "\(before.stdout)")

    let repaired = try sandbox.run(["doctor", "--repair"] + progress)
    #expect(repaired.status == 0, "\(repaired.stdout)\(repaired.stderr)")
    #expect(
      repaired.stdout == """
        Moved 2 unreadable lines of reviews-aaaaaaaaaaaa.jsonl (lines 2, 4) to reviews-aaaaaaaaaaaa.jsonl.bad; nothing was deleted.
        No problems: 2 reviews and 0 undos in 1 file under \(folder).

        """)
    #expect(try String(contentsOfFile: log, encoding: .utf8) == good1 + "\n" + good2 + "\n")
    #expect(
      try String(contentsOfFile: log + ".bad", encoding: .utf8) == garbled + "\n" + torn + "\n")
    #expect(Sandbox.mode(log + ".bad") == 0o600)
    #expect(Sandbox.mode(log) == 0o600)

    let after = try sandbox.run(["doctor"] + progress)
    #expect(after.status == 0)
    let again = try sandbox.run(["doctor", "--repair"] + progress)
    #expect(again.stdout.hasPrefix("No unreadable lines to move.\nNo problems: 2 reviews"))
  }
}

extension DoctorRepairTests {
  @Test func aPLENUM_NOWBeforeTheGregorianReformIsStoredAsGiven() throws {
    let sandbox = try Sandbox()
    let result = try sandbox.run(
      ["--progress", sandbox.progress], input: "\n1\n:quit\n",
      environment: sandbox.environment(now: "1500-03-01T12:00:00Z"))
    #expect(result.status == 0, "\(result.stderr)")
    let reviews = LogFile.all(in: sandbox.learnerFolder()).flatMap(\.reviews)
    #expect(reviews.count == 1)
    #expect(reviews.first?.at.hasPrefix("1500-03-01T12:00:0") == true, "\(reviews)")
    let tooLate = try sandbox.run(
      ["--progress", sandbox.progress], input: "\n1\n:quit\n",
      environment: sandbox.environment(now: "10000-01-01T00:00:00Z"))
    #expect(tooLate.status == 78)
  }

  @Test func doctorFlagsFutureAndBackDatedReviews() throws {
    let sandbox = try Sandbox()
    let card = "event-date:kwp-third-congress"
    try HostileInputFileTests.writeLog(
      [
        HostileInputFileTests.reviewLine(id: 1, card: card, at: "1999-12-31T23:00:00.000Z"),
        HostileInputFileTests.reviewLine(id: 2, card: card, at: "2026-09-01T08:00:00.000Z"),
        HostileInputFileTests.reviewLine(id: 3, card: card, at: "2027-12-01T08:00:00.000Z"),
      ], in: sandbox)
    let result = try sandbox.run(["doctor", "--progress", sandbox.progress])
    #expect(result.status == 65)
    #expect(
      result.stdout == """
        2 problems (3 reviews and 0 undos in 1 file under \(sandbox.learnerFolder())):
          1 review is dated more than a day after now (2026-09-01T09:00:00.000Z), the latest at 2027-12-01T08:00:00.000Z (card \(card)); a device's clock or PLENUM_NOW was probably wrong. They are kept and counted as made then, so their cards wait until after that date.
          1 review is dated before 2000, the earliest at 1999-12-31T23:00:00.000Z (card \(card)); a device's clock or PLENUM_NOW was probably wrong. They are kept and counted as made then.
        Nothing was changed or deleted; every readable review is still used.

        """)
  }
}
