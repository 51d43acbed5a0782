// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Plenum",
  // Linux only: the code reads /proc (the boot id in DeviceIdentity) and links Glibc, GNU
  // readline and the apt packages below, so no other platform is claimed.
  products: [
    .executable(name: "plenum", targets: ["plenum"]),
    .library(
      name: "PlenumKit", targets: ["PlenumKit", "PlenumCorpus", "PlenumProgress", "PlenumExport"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // GNU readline from the system (apt: libreadline-dev). No pkgConfig: its cflags
    // only trigger SwiftPM's "prohibited flags" warning; the headers are in /usr/include.
    .systemLibrary(
      name: "CReadline", path: "Sources/CReadline",
      providers: [.apt(["libreadline-dev"])]),
    // SQLite from the system (apt: libsqlite3-dev), for the collection inside an Anki package.
    .systemLibrary(
      name: "CSQLite", path: "Sources/CSQLite",
      providers: [.apt(["libsqlite3-dev"])]),
    // The FSRS-6 / SM-2 scheduler: pure functions over a small memory state. Knows no
    // corpus, deck or log, so the compiler enforces that layering.
    .target(name: "PlenumScheduling"),
    // The corpus: its model, the YAML loader and validator (diagnostics with file:line), and
    // the embedded default corpus with its schema. Depends on nothing of ours.
    .target(
      name: "PlenumCorpus",
      dependencies: [.product(name: "Yams", package: "Yams")],
      resources: [
        .embedInCode("Resources/august-1956.yaml"),
        .embedInCode("Resources/corpus-schema.md"),
      ]),
    // Progress: the append-only review logs (JSON Lines, one file per device), their
    // folders, locks, repair and learner settings. Knows no corpus or deck: a review names its
    // card and deck by id.
    .target(name: "PlenumProgress", dependencies: ["PlenumScheduling"]),
    // Generation (with linting), answering, study (queue, forms, presentation), stats. No
    // terminal I/O.
    .target(
      name: "PlenumKit", dependencies: ["PlenumCorpus", "PlenumProgress", "PlenumScheduling"]),
    // Decks out to other tools: Anki packages (.apkg, with SQLite), Anki text, CSV, Markdown
    // quizzes. Reads decks, so it sits above PlenumKit; nothing in the kit depends on it.
    .target(name: "PlenumExport", dependencies: ["PlenumKit", "CSQLite"]),
    // Commands, rendering, the study session and the line reader.
    .target(
      name: "PlenumCLI",
      dependencies: [
        "PlenumKit", "PlenumCorpus", "PlenumExport", "PlenumProgress", "CReadline",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "plenum", dependencies: ["PlenumCLI"]),
    // Benchmarks: swift run -c release plenum-bench [NAME…]
    .executableTarget(
      name: "plenum-bench",
      dependencies: ["PlenumKit", "PlenumCorpus", "PlenumProgress", "PlenumScheduling"]),
    // libFuzzer targets (Fuzz/run.sh builds them with the fuzzer and ASan); in a normal
    // build each is a program that does nothing.
    .executableTarget(
      name: "FuzzCorpusLoader", dependencies: ["PlenumKit", "PlenumCorpus", "PlenumExport"],
      path: "Fuzz/CorpusLoader"),
    .executableTarget(name: "FuzzDeckReader", dependencies: ["PlenumKit"], path: "Fuzz/DeckReader"),
    .executableTarget(
      name: "FuzzReviewLog", dependencies: ["PlenumProgress"], path: "Fuzz/ReviewLog"),
    .executableTarget(
      name: "FuzzAnswerChecker", dependencies: ["PlenumKit", "PlenumCorpus"],
      path: "Fuzz/AnswerChecker"),
    .executableTarget(
      name: "FuzzArguments",
      dependencies: [
        "PlenumCLI", "PlenumKit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Fuzz/Arguments"),
    // What the test targets share: temporary folders, JSON readers, the stress/external tags.
    .target(name: "PlenumTestSupport", path: "Tests/PlenumTestSupport"),
    .testTarget(
      name: "PlenumSchedulingTests", dependencies: ["PlenumScheduling"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "PlenumKitTests",
      dependencies: [
        "PlenumKit", "PlenumCorpus", "PlenumExport", "PlenumProgress", "PlenumTestSupport",
      ],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "PlenumCLITests",
      dependencies: ["PlenumCLI", "PlenumKit", "plenum", "PlenumTestSupport"]),
  ]
)
