import Foundation
import PlenumScheduling
import Testing

@testable import PlenumKit
@testable import PlenumProgress

@Suite struct LearnerSettingsTests {
  @Test func savesAtomicallyAndReadsBack() throws {
    let root = ProgressTempFolder()
    let folder = root.file("alice")
    // 0.5 is inside every weight's range but w4 and w16 (from 1) and w12 (to 0.25).
    var weights = Array(repeating: 0.5, count: 21)
    (weights[4], weights[12], weights[16]) = (2, 0.25, 2)
    let settings = LearnerSettings(
      desiredRetention: 0.85, learningStepsMinutes: [1, 5.5], relearningStepsMinutes: [],
      maximumIntervalDays: 365, newCardsPerDay: 7, scheduler: "sm2", weights: weights)
    try settings.save(learnerFolder: folder)
    #expect(try LearnerSettings.load(learnerFolder: folder) == settings)
    #expect(root.mode("alice/settings.json") == 0o600)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["settings.json"])
    #expect(
      root.read("alice/settings.json") == """
        {
          "desired_retention": 0.85,
          "learning_steps_minutes": [1, 5.5],
          "relearning_steps_minutes": [],
          "maximum_interval_days": 365,
          "new_cards_per_day": 7,
          "scheduler": "sm2",
          "weights": [\(weights.map { $0 == 2 ? "2" : "\($0)" }.joined(separator: ", "))]
        }

        """)
  }

  @Test func missingFileMeansDefaultsAndMissingFieldsTakeDefaults() throws {
    let root = ProgressTempFolder()
    #expect(try LearnerSettings.load(learnerFolder: root.path) == LearnerSettings())
    root.write("settings.json", #"{"new_cards_per_day": 3}"#)
    #expect(
      try LearnerSettings.load(learnerFolder: root.path) == LearnerSettings(newCardsPerDay: 3))
  }

  @Test(arguments: [
    (
      #"{"desired_retention": 0.5}"#,
      "has a wrong value for 'desired_retention': it must be between 0.70 and 0.99, not 0.5."
    ),
    (
      #"{"desired_retention": "high"}"#,
      "has a wrong value for 'desired_retention': it must be a number."
    ),
    (
      #"{"maximum_interval_days": 10.5}"#,
      "has a wrong value for 'maximum_interval_days': it must be a whole number, not 10.5."
    ),
    (
      #"{"new_cards_per_day": true}"#,
      "has a wrong value for 'new_cards_per_day': it must be a number."
    ),
    (
      #"{"learning_steps_minutes": [1, 0]}"#,
      "has a wrong value for 'learning_steps_minutes': each step must be more than 0 and at most a year of minutes, not 0.0."
    ),
    (
      #"{"scheduler": "anki"}"#,
      "has a wrong value for 'scheduler': it must be \"fsrs\" or \"sm2\", not \"anki\"."
    ),
    (
      #"{"weights": [1, 2]}"#,
      "has a wrong value for 'weights': it must list 21 numbers (w0 to w20), not 2."
    ),
    (
      #"{"desired_retension": 0.9}"#,
      "has a wrong value for 'desired_retension': there is no such setting; the settings are desired_retention, learning_steps_minutes, relearning_steps_minutes, maximum_interval_days, new_cards_per_day, scheduler, weights."
    ),
  ])
  func rejectsBadValuesNamingFileAndField(_ text: String, _ message: String) {
    let root = ProgressTempFolder()
    root.write("settings.json", text)
    let path = root.file("settings.json")
    do {
      _ = try LearnerSettings.load(learnerFolder: root.path)
      Issue.record("accepted \(text)")
    } catch {
      #expect(
        error.description
          == "The settings file \(path) \(message) Fix it or remove the field to use the default.")
    }
  }

  @Test func rejectsTextThatIsNotJSON() {
    let root = ProgressTempFolder()
    root.write("settings.json", "{\"scheduler\": fsrs}")
    do {
      _ = try LearnerSettings.load(learnerFolder: root.path)
      Issue.record("accepted")
    } catch {
      #expect(
        error.description
          == "The settings file \(root.file("settings.json")) could not be read: it is not valid JSON (invalid value around character 15). Fix or delete it to use the defaults."
      )
    }
  }
}

@Suite struct RevlogCSVTests {
  @Test func exportsOptimizerColumnsWithElapsedDays() {
    let day: Int64 = 86_400_000
    let reviews = [
      sampleReview(1, card: "a", at: 0), sampleReview(2, card: "b,\"x\"", at: 1000),
      sampleReview(3, card: "a", at: 3 * day + 5), sampleReview(4, card: "a", at: 3 * day + 10),
    ]
    let csv = RevlogCSV.export(reviews) { previous, now in Int((now - previous) / day) }
    #expect(
      csv == "card_id,review_time,review_rating,review_duration,elapsed_days\r\n"
        + "a,0,3,1201,-1\r\n" + "\"b,\"\"x\"\"\",1000,3,1202,-1\r\n"
        + "a,259200005,3,1203,3\r\n" + "a,259200010,3,1204,0\r\n")
    let withState = RevlogCSV.export(
      [sampleReview(1, card: "a", at: 0)], state: { _ in 0 }, elapsedDays: { _, _ in 0 })
    #expect(
      withState
        == "card_id,review_time,review_rating,review_state,review_duration,elapsed_days\r\na,0,3,0,1201,-1\r\n"
    )
  }

  @Test func quotesFieldsWithLineBreaks() {
    #expect(RevlogCSV.field("plain") == "plain")
    #expect(RevlogCSV.field("two\nlines") == "\"two\nlines\"")
    #expect(RevlogCSV.field("cr\r\nlf") == "\"cr\r\nlf\"")
  }
}

@Suite struct ProgressLocationTests {
  let env = ["HOME": "/home/kim", "XDG_DATA_HOME": "/data", "PLENUM_PROGRESS": "/env/progress"]

  @Test func followsThePrecedenceOrder() {
    let project = ProgressTempFolder()
    project.write("Package.swift", "let package = Package(\n  name: \"Plenum\",\n)")
    try? FileManager.default.createDirectory(
      atPath: project.file("progress"), withIntermediateDirectories: false)
    let other = ProgressTempFolder()
    func resolve(_ explicit: String?, _ env: [String: String], _ cwd: String) -> ProgressLocation {
      ProgressLocation.resolve(explicit: explicit, environment: env, currentDirectory: cwd)
    }
    #expect(resolve("mine", env, "/w") == ProgressLocation(path: "/w/mine", origin: .option))
    #expect(resolve("~/p", env, "/w") == ProgressLocation(path: "/home/kim/p", origin: .option))
    #expect(
      resolve(nil, env, project.path)
        == ProgressLocation(path: "/env/progress", origin: .environment))
    var noVariable = env
    noVariable["PLENUM_PROGRESS"] = nil
    #expect(
      resolve(nil, noVariable, project.path)
        == ProgressLocation(path: project.file("progress"), origin: .projectFolder))
    #expect(
      resolve(nil, noVariable, other.path)
        == ProgressLocation(path: "/data/plenum", origin: .xdgDataHome))
    noVariable["XDG_DATA_HOME"] = "relative/ignored"
    #expect(
      resolve(nil, noVariable, other.path)
        == ProgressLocation(path: "/home/kim/.local/share/plenum", origin: .home))
  }

  @Test func withoutHOMETheHomeFolderComesFromThePasswordDatabaseNotTheRoot() {
    let other = ProgressTempFolder()
    let home = ProgressLocation.homeFolder(environment: [:])
    #expect(home != nil && home != "/")
    let location = ProgressLocation.resolve(
      explicit: nil, environment: ["HOME": ""], currentDirectory: other.path)
    #expect(location.path == (home ?? "") + "/.local/share/plenum")
    #expect(!location.path.hasPrefix("/.local"))
  }

  @Test func recognisesTheProjectByTheProgressReadme() {
    let project = ProgressTempFolder()
    project.write("Package.swift", "let package = Package(name: \"Other\")")
    try? FileManager.default.createDirectory(
      atPath: project.file("progress"), withIntermediateDirectories: false)
    #expect(!ProgressLocation.isProjectFolder(project.path))
    project.write("progress/README.md", "When you run `plenum` here…")
    #expect(ProgressLocation.isProjectFolder(project.path))
  }
}

@Suite struct LogCodableAndSpeedTests {
  @Test func codableUsesTheLogFieldNames() throws {
    let entry = LogEntry.review(sampleReview(3, answer: "김 \"q\""))
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(entry), as: UTF8.self)
    #expect(
      json
        == #"{"answer":"김 \"q\"","at":"2026-11-23T13:08:46.123Z","card":"ev.plenum.date","deck":"august-1956","form":"typed","id":"00000000000000000000000000000003","ms":1203,"rating":3,"v":1,"verdict":"correct"}"#
    )
    #expect(try JSONDecoder().decode(LogEntry.self, from: Data(json.utf8)) == entry)
    let undo = LogEntry.undo(
      UndoRecord(id: ReviewID("u"), undo: ReviewID("r"), at: progressBaseTime))
    #expect(try JSONDecoder().decode(LogEntry.self, from: Data(logLine(undo).utf8)) == undo)
  }

  /// Not a timing test: checks that the fast path reads 20,000 varied lines exactly.
  @Test func fastParserReadsTwentyThousandLines() throws {
    let root = ProgressTempFolder()
    try FileManager.default.createDirectory(
      atPath: root.file("class"), withIntermediateDirectories: false)
    var generator = ProgressSeededGenerator(seed: 42)
    let answers = ["30 August", "김일성", "a \"quoted\" \\ answer", "tab\tand\nnewline", "🙂", ""]
    var expected: [ReviewRecord] = []
    var bytes: [UInt8] = []
    for n in 0..<20_000 {
      let record = ReviewRecord(
        id: ReviewID.random(using: &generator), card: "card-\(n % 500)", deck: "august-1956",
        at: progressBaseTime + Int64(n) * 1000, rating: Rating(rawValue: n % 4 + 1)!,
        form: [.choice, .typed, .truth, .order, .cloze, .unknown("drag & drop")][n % 6],
        answer: answers[n % answers.count],
        verdict: Verdict.allCases[n % 4], ms: n)
      expected.append(record)
      LogLineEncoder.append(.review(record), to: &bytes)
    }
    _ = FileManager.default.createFile(
      atPath: root.file("class/reviews-x.jsonl"), contents: Data(bytes))
    let reading = ReviewLog.read(learnerFolder: root.file("class"))
    #expect(reading.diagnostics.isEmpty)
    #expect(reading.reviews == expected)
  }
}
