import PlenumKit

/// Draws a `ClassReport` for a terminal: aligned tables (by display columns, so Hangul names
/// line up), every string from a log or deck made safe first.
struct ReportRenderer {
  let style: TerminalStyle

  /// Cards listed in the difficulty table; `--json` and `--html` have them all.
  static let cardsShown = 20

  func render(_ report: ClassReport) -> [String] {
    let count = report.students.count
    return style.wrapped(
      "Class report · \(count) student\(count == 1 ? "" : "s") · "
        + "\(report.totalReviews) reviews · at \(report.generatedAt)", boldPrefix: "Class report")
      + [""] + students(report) + [""] + hardestCards(report) + [""] + wrongAnswers(report)
  }

  private func students(_ report: ClassReport) -> [String] {
    var lines = [style.bold("Students")]
    lines += style.wrapped(
      "(correct: judged correct; true retention: first review of the day of cards in review, "
        + "Again = fail; mastered: stability ≥ \(Int(report.masteredStabilityDays)) days)",
      indent: 2, hanging: 3)
    let studentRows = report.students.map { student -> [String] in
      let retention = student.trueRetention
      return [
        TerminalText.safe(student.name), "\(student.reviews)", percent(student.correctShare),
        retention.rate == nil
          ? "–" : "\(percent(retention.rate)) (\(retention.passed)/\(retention.reviews))",
        "\(student.cardsSeen)", "\(student.cardsMastered)", lastActive(student),
        student.logProblems == 0
          ? "" : "\(student.logProblems) log problem\(student.logProblems == 1 ? "" : "s")",
      ]
    }
    lines += table(
      header: [
        "Student", "Reviews", "Correct", "True retention", "Seen", "Mastered", "Last active", "",
      ],
      rows: studentRows, rightAligned: [1, 2, 3, 4, 5])
    return lines
  }

  private func hardestCards(_ report: ClassReport) -> [String] {
    var lines = style.wrapped(
      "Hardest cards (reviewed by ≥ \(report.minimumStudents) students; failure = rated Again or judged wrong)",
      boldPrefix: "Hardest cards")
    if report.cards.isEmpty {
      lines.append("  no card was reviewed by \(report.minimumStudents) students yet")
    } else {
      let cardRows = report.cards.prefix(Self.cardsShown).enumerated().map {
        rank, card -> [String] in
        [
          "\(rank + 1)", percent(card.failureRate), "\(card.failures)/\(card.reviews)",
          "\(card.students)",
          TerminalText.safe(card.prompt ?? card.card + " (not in the deck)"),
        ]
      }
      lines += table(
        header: ["#", "Failed", "Of reviews", "Students", "Card"], rows: cardRows,
        rightAligned: [0, 1, 2, 3])
      if report.cards.count > Self.cardsShown {
        lines.append("  … and \(report.cards.count - Self.cardsShown) more (see --json or --html)")
      }
    }
    return lines
  }

  private func wrongAnswers(_ report: ClassReport) -> [String] {
    var lines = style.wrapped(
      "Common wrong answers (trimmed, lower-cased; share of the card's wrong answers)",
      boldPrefix: "Common wrong answers")
    if report.misconceptions.isEmpty { lines.append("  no hard card was failed yet") }
    for item in report.misconceptions {
      let answer = item.answer.map { " — answer: " + TerminalText.safe($0) } ?? ""
      lines += style.wrapped(
        TerminalText.safe(item.prompt ?? item.card) + answer, indent: 2, hanging: 4)
      if item.common.isEmpty { lines.append("    " + style.dim("no typed wrong answers")) }
      for wrong in item.common {
        lines += style.wrapped(
          "“\(TerminalText.safe(wrong.answer))” ×\(wrong.count) (\(percent(wrong.share)))",
          indent: 4, hanging: 5)
      }
    }
    return lines
  }

  private func lastActive(_ student: ClassReport.Student) -> String {
    guard let date = student.lastActive, let days = student.daysSinceActive else { return "never" }
    let ago =
      switch days {
      case ..<1: "today"
      case 1: "yesterday"
      default: "\(days) days ago"
      }
    return "\(TerminalText.safe(date)) (\(ago))"
  }

  /// Rows padded to their widest cell in display columns; the header in bold. The last
  /// column (free text: a card's prompt) wraps under itself to fit the terminal width.
  private func table(header: [String], rows: [[String]], rightAligned: Set<Int>) -> [String] {
    var widths = header.map { DisplayWidth.of($0) }
    for row in rows {
      for (column, cell) in row.enumerated() {
        widths[column] = max(widths[column], DisplayWidth.of(cell))
      }
    }
    func line(_ cells: [String]) -> [String] {
      let padded = cells.enumerated().map { column, cell in
        let pad = String(repeating: " ", count: widths[column] - DisplayWidth.of(cell))
        return rightAligned.contains(column) ? pad + cell : cell + pad
      }
      let whole =
        "  "
        + padded.joined(separator: "  ").replacingOccurrences(
          of: "\\s+$", with: "", options: .regularExpression)
      guard DisplayWidth.of(whole) > style.width, let last = cells.last, cells.count > 1 else {
        return [whole]
      }
      let lead = "  " + padded.dropLast().joined(separator: "  ") + "  "
      let column = DisplayWidth.of(lead)
      guard style.width - column >= 20 else { return [whole] }
      let parts = TextWrapper.wrap(last, width: style.width - column)
      return parts.enumerated().map { index, part in
        (index == 0 ? lead : String(repeating: " ", count: column)) + part
      }
    }
    return line(header).map(style.bold) + rows.flatMap(line)
  }

  private func percent(_ value: Double?) -> String {
    guard let value else { return "–" }
    return "\(Int((value * 100).rounded()))%"
  }
}
