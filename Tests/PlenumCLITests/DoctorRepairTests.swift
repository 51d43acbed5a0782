import Foundation
import Testing

/// `plenum doctor --repair`: a torn or garbled line no longer fails doctor for ever; it is
/// moved to a side file, never deleted.
@Suite("Doctor repair")
struct DoctorRepairTests {
  @Test func repairMovesUnreadableLinesToASideFileAndDoctorIsCleanAfter() throws {
    let sandbox = try Sandbox()
    let good1 = HostileInputFileTests.reviewLine(id: 1, card: "event-date:pak-uiwan-nov")
    let good2 = HostileInputFileTests.reviewLine(
      id: 2, card: "event-date:pak-uiwan-nov", at: "2026-09-02T09:00:00.000Z")
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
