import Foundation
import Testing

@testable import PlenumKit

/// Renders the fixture class's page in headless Chromium through Tests/report_chromium_check.sh.
/// Skipped, with the reason printed, on machines without Chromium.
@Suite(.tags(.external)) struct ClassReportChromiumExternalTests {
  static let browser: String? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      for name in ["chromium", "chromium-browser", "google-chrome"] {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    print(
      "ClassReportChromiumExternalTests: skipped, no chromium on PATH (apt-get install -y chromium)."
    )
    return nil
  }()

  /// Tests/report_chromium_check.sh, found from this source file's place in the checkout.
  static var script: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("report_chromium_check.sh").path
  }

  @Test(
    .enabled(if: browser != nil, "chromium is not installed"), .timeLimit(.minutes(1)))
  func chromiumShowsTheTablesAndNoScript() throws {
    let folder = ProgressTempFolder()
    let page = folder.file("report.html")
    let html = ClassReportHTML.render(try ClassFixture.report(), title: "Fixture class <b>")
    try Data(html.utf8).write(to: URL(fileURLWithPath: page))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [Self.script, page, folder.file("report.png")]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains("ok: students table\nok: hardest cards table\nok: wrong answers table"))
    #expect(text.contains("ok: no script element"))
  }
}
