import Foundation
import Testing

@testable import PlenumKit

/// The HTML page: self-contained, balanced, with its tables and every outside string escaped.
@Suite struct ClassReportHTMLTests {
  static func page() throws -> String {
    ClassReportHTML.render(try ClassFixture.report(), title: "Class <7b> & \"friends\"")
  }

  @Test func escapesLearnerAnswersAndTheTitle() throws {
    let html = try Self.page()
    #expect(html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"))
    #expect(!html.contains("<script"))
    #expect(html.contains("<title>Class &lt;7b&gt; &amp; &quot;friends&quot;</title>"))
    #expect(ClassReportHTML.escape("a'b\u{1B}[31m") == "a&#39;b[31m")
  }

  @Test func holdsTheThreeTablesAndTwoCharts() throws {
    let html = try Self.page()
    for id in ["students", "cards", "misconceptions"] {
      #expect(html.contains("<table id=\"\(id)\">"))
    }
    for id in ["chart-reviews", "chart-failures"] { #expect(html.contains("<svg id=\"\(id)\"")) }
    // Five student rows, three card rows, 3 + 3 wrong-answer rows.
    #expect(rows(of: "students", in: html) == 5)
    #expect(rows(of: "cards", in: html) == 3)
    #expect(rows(of: "misconceptions", in: html) == 6)
    #expect(html.contains("<td>최민지</td><td class=\"n\">8</td><td class=\"n\">75%</td>"))
    #expect(html.contains("<td>2026-09-14 (yesterday)</td>"))
    #expect(html.contains("<td class=\"n\">67% (2/3)</td>"))
    #expect(
      html.contains(
        "<tr><td>eve</td><td class=\"n\">0</td><td class=\"n\">–</td><td class=\"n\">–</td>"))
    // 40% of 560 px is 224 px: the hardest card's bar.
    #expect(html.contains("<rect x=\"220\" y=\"7\" width=\"560\""))
    #expect(html.contains("<rect x=\"220\" y=\"7\" width=\"224\""))
  }

  @Test func fetchesNothing() throws {
    let html = try Self.page()
    for needle in ["http:", "https:", "<link", "<script", "<img", "@import", "url("] {
      // The SVG namespace is an identifier, never fetched.
      let withoutNamespace = html.replacingOccurrences(
        of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
      #expect(!withoutNamespace.contains(needle), "found \(needle)")
    }
  }

  @Test func tagsAreBalanced() throws {
    let html = try Self.page()
    var stack: [String] = []
    var problems: [String] = []
    let void: Set<String> = ["meta", "br", "rect", "!doctype"]
    var index = html.startIndex
    while let open = html[index...].firstIndex(of: "<") {
      guard let close = html[open...].firstIndex(of: ">") else {
        problems.append("unclosed <")
        break
      }
      let inside = html[html.index(after: open)..<close]
      index = html.index(after: close)
      let closing = inside.hasPrefix("/")
      let name = String(
        inside.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0 == "!" || $0.isNumber })
      )
      .lowercased()
      if void.contains(name) || inside.hasSuffix("/") { continue }
      if closing {
        if stack.last == name {
          stack.removeLast()
        } else {
          problems.append("</\(name)> closes <\(stack.last ?? "")>")
        }
      } else {
        stack.append(name)
      }
    }
    #expect(problems.isEmpty)
    #expect(stack.isEmpty)
  }

  @Test func emptyClassSaysSoInsteadOfEmptyTables() {
    let report = ClassFixture.builder.build([], now: ClassFixture.now)
    let html = ClassReportHTML.render(report, title: "Empty")
    #expect(html.contains("<p id=\"cards-empty\">No card was reviewed by 2 students yet.</p>"))
    #expect(html.contains("<p id=\"misconceptions-empty\">No hard card was failed yet.</p>"))
    #expect(rows(of: "students", in: html) == 0)
  }

  private func rows(of table: String, in html: String) -> Int {
    guard let start = html.range(of: "<table id=\"\(table)\">"),
      let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex)
    else { return 0 }
    let body = html[start.upperBound..<end.lowerBound]
    // Minus the text before the first row and the header row.
    return body.components(separatedBy: "<tr>").count - 2
  }
}
