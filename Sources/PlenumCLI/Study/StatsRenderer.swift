import PlenumKit

/// Draws `LearnerStats` for a terminal: bar charts in block characters, or plain numbers
/// when colour is off; widths by display columns so Hangul names line up.
struct StatsRenderer {
  let style: TerminalStyle

  func render(_ stats: LearnerStats, learner: String) -> [String] {
    var lines: [String] = []
    let retention = stats.retention.map { percent($0) } ?? "–"
    lines.append(style.bold("Progress of \(TerminalText.safe(learner))"))
    lines.append(
      "Reviews: \(stats.reviews) · cards seen: \(stats.cardsSeen) of \(stats.cardsInDeck) · "
        + "due now: \(stats.dueNow) · new today: \(stats.newAvailable) · correct: \(retention) · "
        + "streak: \(stats.streak) day\(stats.streak == 1 ? "" : "s")")
    lines.append("")
    lines.append(
      style.bold("True retention")
        + " (first review of the day; Again = fail; target \(percent(stats.desiredRetention)))")
    lines.append("  young cards:  " + retentionText(stats.young))
    lines.append("  mature cards: " + retentionText(stats.mature))
    lines.append("")
    lines.append(style.bold("Reviews per day") + ", last \(stats.perDay.count) days")
    lines += bars(stats.perDay)
    lines.append("")
    lines.append(style.bold("Due in the next 14 days"))
    lines += bars(stats.forecast)
    lines.append("")
    lines.append(style.bold("Weakest topics") + " (mean recall now)")
    let seen = stats.mastery.filter { $0.seen > 0 }.prefix(8)
    if seen.isEmpty { lines.append("  none studied yet") }
    let nameWidth = seen.map { DisplayWidth.of(TerminalText.safe($0.name)) }.max() ?? 0
    for topic in seen {
      let name = TerminalText.safe(topic.name)
      let pad = String(repeating: " ", count: nameWidth - DisplayWidth.of(name))
      let share = percent(topic.recall)
      let sharePad = String(repeating: " ", count: max(0, 4 - share.count))
      lines.append(
        "  \(name)\(pad)  \(sharePad)\(share)  (\(topic.seen) of \(topic.cards) cards seen)")
    }
    if !stats.trouble.isEmpty {
      lines.append("")
      lines.append(style.bold("Most often failed"))
      for trouble in stats.trouble.prefix(5) {
        lines.append("  " + TerminalText.safe(trouble.prompt))
        var detail = "    answer: \(TerminalText.safe(trouble.answer)); lapses: \(trouble.lapses)"
        if !trouble.wrongAnswers.isEmpty {
          // Each distinct wrong answer once, with how often it was given.
          var counts: [(answer: String, times: Int)] = []
          for answer in trouble.wrongAnswers {
            if let at = counts.firstIndex(where: { $0.answer == answer }) {
              counts[at].times += 1
            } else {
              counts.append((answer, 1))
            }
          }
          detail +=
            "; you answered: "
            + counts.map {
              "“" + TerminalText.safe($0.answer) + "”" + ($0.times > 1 ? " ×\($0.times)" : "")
            }
            .joined(separator: ", ")
        }
        lines.append(detail)
      }
    }
    let settings = stats.settings
    lines.append("")
    lines.append(
      "Settings: scheduler \(settings.scheduler), desired retention \(percent(settings.desiredRetention)), "
        + "\(settings.newPerDay) new/day, steps \(steps(settings.learningSteps)) / \(steps(settings.relearningSteps)), "
        + "maximum interval \(settings.maximumInterval) days")
    return lines
  }

  private func retentionText(_ retention: LearnerStats.Retention) -> String {
    guard let rate = retention.rate else { return "no reviews yet" }
    return "\(percent(rate)) (\(retention.passed) of \(retention.reviews))"
  }

  private func bars(_ days: [LearnerStats.Day]) -> [String] {
    let most = max(1, days.map(\.reviews).max() ?? 1)
    let width = 40
    return days.map { day in
      let length = day.reviews == 0 ? 0 : max(1, day.reviews * width / most)
      let bar =
        style.colour ? String(repeating: "█", count: length) : String(repeating: "#", count: length)
      return
        "  \(day.date) \(String(repeating: " ", count: max(0, 4 - String(day.reviews).count)))\(day.reviews) \(style.colour ? style.green(bar) : bar)"
    }
  }

  private func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }

  private func steps(_ seconds: [Double]) -> String {
    seconds.isEmpty
      ? "none"
      : seconds.map { $0 < 3600 ? "\(Int($0 / 60))m" : "\(Int($0 / 3600))h" }.joined(separator: " ")
  }
}
