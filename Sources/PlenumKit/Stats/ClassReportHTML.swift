/// Renders a `ClassReport` as one self-contained HTML page: inline CSS, tables and inline SVG
/// bar charts, nothing fetched from the network, every string from a log or deck escaped.
public enum ClassReportHTML {
  /// The whole page.
  public static func render(_ report: ClassReport, title: String) -> String {
    var page = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escape(title))</title>
      <style>\(style)</style>
      </head>
      <body>
      <h1>\(escape(title))</h1>
      <p class="meta">Generated \(escape(report.generatedAt)) · \(report.students.count) \
      student\(report.students.count == 1 ? "" : "s") · \(report.totalReviews) reviews</p>

      """
    page += studentSection(report)
    page += cardSection(report)
    page += misconceptionSection(report)
    page += "</body>\n</html>\n"
    return page
  }

  /// `text` with the five characters that HTML gives meaning to replaced by entities.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      // Control characters have no business on the page (and some are invalid in HTML).
      case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}": continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private static func studentSection(_ report: ClassReport) -> String {
    var html = """
      <h2>Students</h2>
      <p class="note">Correct: share of reviews the answer checker judged correct. True retention: \
      first review of the day of cards already in review, Again = fail. Mastered: memory stability \
      of at least \(Int(report.masteredStabilityDays)) days.</p>

      """
    html += barChart(
      id: "chart-reviews", caption: "Reviews per student",
      bars: report.students.map { ($0.name, Double($0.reviews), String($0.reviews)) }, maximum: nil)
    html += """
      <table id="students">
      <thead><tr><th>Student</th><th>Reviews</th><th>Correct</th><th>True retention</th>\
      <th>Cards seen</th><th>Mastered</th><th>Last active</th><th>Log problems</th></tr></thead>
      <tbody>

      """
    for student in report.students {
      let retention = student.trueRetention
      let last =
        student.lastActive.map { date in
          "\(escape(date)) (\(ago(student.daysSinceActive ?? 0)))"
        } ?? "never"
      html += "<tr><td>\(escape(student.name))</td><td class=\"n\">\(student.reviews)</td>"
      html += "<td class=\"n\">\(percent(student.correctShare))</td>"
      let counts = retention.rate == nil ? "" : " (\(retention.passed)/\(retention.reviews))"
      html += "<td class=\"n\">\(percent(retention.rate))\(counts)</td>"
      html +=
        "<td class=\"n\">\(student.cardsSeen)</td><td class=\"n\">\(student.cardsMastered)</td>"
      html += "<td>\(last)</td><td class=\"n\">\(student.logProblems)</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  private static func cardSection(_ report: ClassReport) -> String {
    var html = """
      <h2>Hardest cards</h2>
      <p class="note">Cards reviewed by at least \(report.minimumStudents) students. Failure rate: \
      share of reviews rated Again or judged wrong.</p>

      """
    guard !report.cards.isEmpty else {
      return html
        + "<p id=\"cards-empty\">No card was reviewed by \(report.minimumStudents) students yet.</p>\n"
    }
    html += barChart(
      id: "chart-failures", caption: "Failure rate of the hardest cards (at most 20)",
      bars: report.cards.prefix(20).map { ($0.card, $0.failureRate, percent($0.failureRate)) },
      maximum: 1)
    html += """
      <table id="cards">
      <thead><tr><th>#</th><th>Card</th><th>Question</th><th>Answer</th><th>Failure rate</th>\
      <th>Failures</th><th>Reviews</th><th>Students</th></tr></thead>
      <tbody>

      """
    for (rank, card) in report.cards.enumerated() {
      html += "<tr><td class=\"n\">\(rank + 1)</td><td><code>\(escape(card.card))</code></td>"
      html +=
        "<td>\(escape(card.prompt ?? "(not in the deck)"))</td><td>\(escape(card.answer ?? ""))</td>"
      html +=
        "<td class=\"n\">\(percent(card.failureRate))</td><td class=\"n\">\(card.failures)</td>"
      html += "<td class=\"n\">\(card.reviews)</td><td class=\"n\">\(card.students)</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  private static func misconceptionSection(_ report: ClassReport) -> String {
    var html = """
      <h2>Common wrong answers</h2>
      <p class="note">For the \(ClassReport.misconceptionCards) hardest cards: answers judged wrong, \
      trimmed and lower-cased, with their share of all wrong answers to the card.</p>

      """
    guard !report.misconceptions.isEmpty else {
      return html + "<p id=\"misconceptions-empty\">No hard card was failed yet.</p>\n"
    }
    html += """
      <table id="misconceptions">
      <thead><tr><th>Card</th><th>Right answer</th><th>Wrong answer</th><th>Count</th><th>Share</th></tr></thead>
      <tbody>

      """
    for item in report.misconceptions {
      let rows = max(1, item.common.count)
      let head =
        "<td rowspan=\"\(rows)\">\(escape(item.prompt ?? item.card))<br><code>\(escape(item.card))</code></td>"
        + "<td rowspan=\"\(rows)\">\(escape(item.answer ?? ""))</td>"
      if item.common.isEmpty {
        html += "<tr>\(head)<td colspan=\"3\" class=\"none\">no typed wrong answers</td></tr>\n"
      }
      for (index, wrong) in item.common.enumerated() {
        html += "<tr>\(index == 0 ? head : "")<td>\(escape(wrong.answer))</td>"
        html +=
          "<td class=\"n\">\(wrong.count)</td><td class=\"n\">\(percent(wrong.share))</td></tr>\n"
      }
    }
    return html + "</tbody>\n</table>\n"
  }

  /// A horizontal bar chart: one labelled bar per item, scaled to `maximum` or the largest value.
  private static func barChart(
    id: String, caption: String, bars: [(label: String, value: Double, text: String)],
    maximum: Double?
  ) -> String {
    let rowHeight = 22
    let labelWidth = 220
    let barWidth = 560
    let height = max(1, bars.count) * rowHeight + 8
    let top = max(maximum ?? 0, bars.map(\.value).max() ?? 0)
    var svg = """
      <figure>
      <svg id="\(id)" xmlns="http://www.w3.org/2000/svg" width="\(labelWidth + barWidth + 70)" \
      height="\(height)" role="img" aria-label="\(escape(caption))">

      """
    for (index, bar) in bars.enumerated() {
      let y = 4 + index * rowHeight
      let width = top > 0 ? Int((bar.value / top * Double(barWidth)).rounded()) : 0
      svg +=
        "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(clip(bar.label)))</text>"
      svg +=
        "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 6)\"></rect>"
      svg += "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 15)\">\(escape(bar.text))</text>\n"
    }
    return svg + "</svg>\n<figcaption>\(escape(caption))</figcaption>\n</figure>\n"
  }

  private static func clip(_ label: String) -> String {
    label.count <= 30 ? label : String(label.prefix(29)) + "…"
  }

  private static func ago(_ days: Int) -> String {
    switch days {
    case ..<1: "today"
    case 1: "yesterday"
    default: "\(days) days ago"
    }
  }

  private static func percent(_ value: Double?) -> String {
    guard let value else { return "–" }
    return "\(Int((value * 100).rounded()))%"
  }

  private static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK KR","Malgun Gothic",\
    "Apple SD Gothic Neo",NanumGothic,sans-serif;margin:2em auto;max-width:1100px;\
    color:#1d2330;padding:0 1em}
    h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ccd;padding-bottom:.2em}
    .meta,.note,figcaption{color:#556;font-size:.9em}
    table{border-collapse:collapse;width:100%;margin:.6em 0}
    th,td{border:1px solid #ccd;padding:.3em .5em;text-align:left;vertical-align:top}
    th{background:#eef0f6}td.n{text-align:right;font-variant-numeric:tabular-nums}
    td.none{color:#889;font-style:italic}
    svg text{font-size:12px;fill:#1d2330;font-family:inherit}svg rect{fill:#4a6fb5}
    #chart-failures rect{fill:#c0504d}figure{margin:1em 0}
    """
}
