import Foundation
import Testing

/// SplitMix64: a small seeded generator, so every kill point can be replayed.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A scripted study session killed with SIGKILL at seeded random points, many times over
/// one progress folder: every acknowledged review is in the log, no file is ever
/// unreadable, and the next run starts cleanly.
@Suite("Killed study sessions", .serialized, .tags(.stress))
struct FaultInjectionStressTests {
  static let kills = 200
  /// Start-up of the debug binary is slow on a loaded machine: stop early rather than run
  /// for minutes, and say how many kills were done.
  static let budget = Duration.seconds(60)
  static let minimumKills = 60

  /// Where a run is killed.
  enum KillPoint: CustomStringConvertible {
    case atStart
    case afterAcknowledgements(Int)
    case afterBytes(Int)

    var description: String {
      switch self {
      case .atStart: "at start"
      case .afterAcknowledgements(let n): "after \(n) acknowledgements"
      case .afterBytes(let n): "after \(n) bytes"
      }
    }

    static func draw(using random: inout SplitMix64) -> KillPoint {
      switch random.next() % 8 {
      case 0: .atStart
      case 1, 2, 3, 4: .afterAcknowledgements(Int(random.next() % 6))
      default: .afterBytes(Int(random.next() % 6000))
      }
    }
  }

  @Test(.timeLimit(.minutes(3)))
  func killedSessionsNeverLoseAnAcknowledgedReview() throws {
    let sandbox = try Sandbox()
    // A small deck file starts far faster than generating the default deck every run.
    let deckPath = sandbox.root + "/deck.json"
    let generated = try sandbox.run(["generate", "--size", "40", "--out", deckPath])
    try #require(generated.status == 0, "\(generated.stderr)")
    let start = Date(timeIntervalSince1970: 1_788_253_200)  // 2026-09-01T09:00:00Z
    var random = SplitMix64(seed: 0x1956_0830)
    var logged = 0
    var folder = ""
    var acknowledgedTotal = 0
    var unacknowledgedSaves = 0
    var tornLines = Set<String>()
    let began = ContinuousClock.now
    var iteration = 0

    while iteration < Self.kills && ContinuousClock.now - began < Self.budget {
      // A day later each run, and a fresh learner every 25 runs, so new and due cards never
      // run out; each learner's folder still takes 25 kills in a row.
      let learner = "learner-\(iteration / 25)"
      if iteration % 25 == 0 {
        folder = sandbox.learnerFolder(learner)
        logged = 0
      }
      let now = ISO8601DateFormatter().string(
        from: start.addingTimeInterval(Double(iteration % 25) * 86_400))
      let environment = sandbox.environment(now: now)
      let point = KillPoint.draw(using: &random)
      let context = "run \(iteration) killed \(point)"
      let child = try sandbox.start(
        ["study", deckPath, "--new", "1000", "--learner", learner, "--progress", sandbox.progress],
        environment: environment)
      child.send(String(repeating: "\n3\n", count: 60))
      switch point {
      case .atStart: break
      case .afterAcknowledgements(let n):
        try child.read(
          until: { Self.acknowledgements($0.outputText) >= n }, waitingFor: "\(n) acknowledgements")
      case .afterBytes(let n):
        try child.read(until: { $0.output.count >= n }, waitingFor: "\(n) bytes of output")
      }
      child.kill()

      // Every printed acknowledgement is in the log; at most one review more (written and
      // fsynced, killed before its "Saved:" line).
      let acknowledged = Self.acknowledgements(child.outputText)
      let files = LogFile.all(in: folder)
      let reviews = files.flatMap(\.reviews).count
      let added = reviews - logged
      #expect(
        acknowledged <= added && added <= acknowledged + 1,
        "\(context): \(acknowledged) acknowledged, \(added) logged")
      acknowledgedTotal += acknowledged
      unacknowledgedSaves += added - acknowledged
      logged = reviews

      // Every line is a complete record, or a torn line the app reports and skips.
      var tornNow: [String] = []
      for file in files {
        for (index, line) in file.lines.enumerated() {
          guard case .unreadable(let text) = line else { continue }
          let key = "\(file.name):\(index + 1)"
          let isTornTail = index == file.lines.count - 1 && !file.endsWithNewline
          #expect(
            isTornTail || tornLines.contains(key), "\(context): \(key) is unreadable: \(text)")
          tornLines.insert(key)
          tornNow.append(key)
        }
      }
      expectValidDeviceIDs(in: sandbox.root + "/xdg/plenum", logFiles: files, context: context)
      #expect(
        Self.unexpectedErrors(child.errorText).isEmpty, "\(context): stderr \(child.errorText)")

      // The next run starts cleanly and counts exactly what the log holds.
      let stats = try sandbox.run(
        ["stats", deckPath, "--json", "--learner", learner, "--progress", sandbox.progress],
        environment: environment)
      #expect(stats.status == 0, "\(context): stats exited \(stats.status): \(stats.stderr)")
      #expect(
        Self.unexpectedErrors(stats.stderr).isEmpty, "\(context): stats stderr \(stats.stderr)")
      for key in tornNow {
        #expect(
          stats.stderr.contains("plenum: \(key): the line is cut off"),
          "\(context): \(key) not reported")
      }
      let counted =
        (try? JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any])?[
          "reviews"] as? Int
      #expect(
        counted == logged,
        "\(context): stats counts \(counted ?? -1) reviews, the log holds \(logged)")
      iteration += 1
    }

    let elapsed = ContinuousClock.now - began
    print(
      "Fault injection: \(iteration) SIGKILLs in \(elapsed); \(acknowledgedTotal) acknowledged reviews, "
        + "\(unacknowledgedSaves) saved but killed before the acknowledgement, \(tornLines.count) torn lines."
    )
    #expect(iteration >= Self.minimumKills, "only \(iteration) kills fit in \(Self.budget)")
    #expect(acknowledgedTotal > iteration, "the sessions did review cards before being killed")
  }

  @Test func tornLastLineIsReportedSkippedAndNeverGluedToTheNextReview() throws {
    let sandbox = try Sandbox()
    let progress = ["--progress", sandbox.progress]
    #expect(try sandbox.run(progress, input: "\n3\n:quit\n").status == 0)
    let file = try #require(LogFile.all(in: sandbox.learnerFolder()).first)
    let path = sandbox.learnerFolder() + "/" + file.name
    // What a power cut in the middle of a write leaves: the start of a record, no newline.
    let torn = #"{"v":1,"id":"00112233445566778899aabbccddeeff","card":"actor-fa"#
    let handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(torn.utf8))
    try handle.close()
    let report =
      "plenum: \(file.name):2: the line is cut off (the app probably stopped while writing it); "
      + "it was skipped and left in place\n"

    let stats = try sandbox.run(["stats", "--json"] + progress)
    #expect(stats.status == 0)
    #expect(stats.stderr == report)
    #expect(stats.stdout.contains("\"reviews\" : 1,"))

    let study = try sandbox.run(progress, input: "\n3\n:quit\n")
    #expect(study.status == 0)
    #expect(study.stderr == report, "reported once per run")
    let after = LogFile.read(path, name: file.name)
    #expect(after.endsWithNewline)
    #expect(after.lines.count == 3)
    #expect(after.lines[1] == .unreadable(torn), "the torn line is left in place, unchanged")
    if case .review = after.lines[2] {
    } else {
      Issue.record("the new review stands on its own line: \(after.lines)")
    }

    let again = try sandbox.run(["stats", "--json"] + progress)
    #expect(again.status == 0)
    #expect(again.stderr == report)
    #expect(again.stdout.contains("\"reviews\" : 2,"))
  }

  /// The installation's `.device` holds a 12-digit id, and the log is named after it.
  private func expectValidDeviceIDs(in dataFolder: String, logFiles: [LogFile], context: String) {
    var ids = Set<String>()
    for name in [".device"] {
      let text = (try? String(contentsOfFile: dataFolder + "/" + name, encoding: .utf8)) ?? ""
      let id = text.trimmingCharacters(in: .newlines)
      #expect(
        id.count == 12 && id.allSatisfy(\.isHexDigit) && text.hasSuffix("\n"),
        "\(context): device file \(name) holds '\(text)'")
      ids.insert(id)
    }
    for file in logFiles {
      #expect(
        ids.contains(String(file.name.dropFirst(8).dropLast(6))),
        "\(context): \(file.name) names no device")
    }
  }

  /// "Saved: " lines printed (each is written whole, in one write).
  static func acknowledgements(_ text: String) -> Int {
    text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix("Saved: ") }
      .count
  }

  /// stderr lines other than the report of a cut-off line (or the note that a new learner
  /// starts, as each 25 runs do).
  static func unexpectedErrors(_ text: String) -> [Substring] {
    text.split(separator: "\n").filter {
      !$0.hasPrefix("plenum: starting a new learner '")
        && !($0.hasPrefix("plenum: reviews-")
          && $0.contains(
            ": the line is cut off (the app probably stopped while writing it); it was skipped and left in place"
          ))
    }
  }
}
