import Foundation
import PlenumCorpus
import PlenumKit
import PlenumProgress
import PlenumScheduling

/// The inputs benchmarks share: the default deck and simulated review logs written in the
/// app's exact line format, each built once per process.
enum SyntheticLogs {
  /// The deck `plenum` studies by default (generated from the embedded corpus).
  static let defaultDeck: Deck = {
    guard
      let loaded = try? CorpusLoader.load(
        yaml: EmbeddedCorpus.yaml, fileName: EmbeddedCorpus.fileName)
    else { fatalError("the embedded corpus does not load") }
    return DeckGenerator(corpus: loaded.corpus).generate()
  }()

  /// Learners in the simulated class (PLENUM_BENCH_CLASS_LEARNERS shrinks it for profiling
  /// under valgrind), and reviews each.
  static let classLearners =
    Int(ProcessInfo.processInfo.environment["PLENUM_BENCH_CLASS_LEARNERS"] ?? "") ?? 200
  static let reviewsPerLearner = 5_000
  /// Device files the one-folder class log is spread over.
  static let classDevices = 4

  /// Device ids (12 hex digits, as `DeviceIdentity` draws them) for file names.
  static func deviceID(_ index: Int) -> String {
    var rng = PlenumKit.SeededGenerator(seed: 0xDE71CE, key: "device-\(index)")
    let text = String(rng.next() >> 16, radix: 16)
    return String(repeating: "0", count: max(0, 12 - text.count)) + text
  }

  /// The class log in one learner folder (built on first use).
  static let classFolder: String = {
    let folder = Scratch.folder("class-log") + "/class"
    let (_, ms) = Stopwatch.time { writeClassInOneFolder(folder) }
    note("simulated and wrote the 1,000,000-review class log in \(Int(ms)) ms")
    return folder
  }()

  /// One learner's 10,000-review log (built on first use).
  static let learnerFolder: String = {
    let folder = Scratch.folder("learner-log") + "/learner"
    writeLearner(folder, reviews: 10_000)
    return folder
  }()

  /// Writes `records` into `folder` as `reviews-<device>.jsonl` files (each in time order).
  static func write(
    _ records: [(record: ReviewRecord, device: Int)], to folder: String, devices: Int
  ) {
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var buffers = [[UInt8]](repeating: [], count: devices)
    for index in buffers.indices { buffers[index].reserveCapacity(records.count / devices * 200) }
    for (record, device) in records {
      LogLineEncoder.append(.review(record), to: &buffers[device % devices])
    }
    for (index, bytes) in buffers.enumerated() where !bytes.isEmpty {
      let path = folder + "/" + ReviewLog.fileName(deviceID: deviceID(index))
      if !FileManager.default.createFile(atPath: path, contents: Data(bytes)) {
        note("could not write \(path)")
      }
    }
  }

  /// The whole class (200 learners × 5,000 reviews) in one learner folder over 4 device files:
  /// 1,000,000 lines. Learner k studies on device k mod 4; lines of each file in time order.
  static func writeClassInOneFolder(_ folder: String) {
    let simulator = LearnerSimulator(deck: defaultDeck)
    var all: [(record: ReviewRecord, device: Int)] = []
    all.reserveCapacity(classLearners * reviewsPerLearner)
    for learner in 0..<classLearners {
      for item in simulator.simulate(learner: learner, reviews: reviewsPerLearner) {
        all.append((item.record, learner % classDevices))
      }
    }
    all.sort { $0.record.at < $1.record.at }
    write(all, to: folder, devices: classDevices)
  }

  /// One learner with `reviews` reviews over two devices (sessions alternate at random).
  static func writeLearner(_ folder: String, reviews: Int, number: Int = 10_000) {
    let simulator = LearnerSimulator(deck: defaultDeck)
    write(simulator.simulate(learner: number, reviews: reviews, devices: 2), to: folder, devices: 2)
  }

  /// The class as 200 learner folders `root/learner-000` … under `root`, one device file each.
  static func writeClassFolders(_ root: String) -> [String] {
    let simulator = LearnerSimulator(deck: defaultDeck)
    return (0..<classLearners).map { learner in
      let folder = root + "/" + String(format: "learner-%03d", learner)
      write(
        simulator.simulate(learner: learner, reviews: reviewsPerLearner), to: folder, devices: 1)
      return folder
    }
  }

  /// The latest review time in a folder's log, in epoch ms (to run the app just after it).
  static func lastReviewTime(_ folder: String) -> Int64 {
    ReviewLog.read(learnerFolder: folder).reviews.last?.at ?? LearnerSimulator.firstDay
  }

  /// Copies every file of `source` into `destination` (created if needed).
  static func copyFolder(_ source: String, to destination: String) {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: source)) ?? []
    try? FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
    for name in files {
      try? FileManager.default.copyItem(
        atPath: source + "/" + name, toPath: destination + "/" + name)
    }
  }
}
