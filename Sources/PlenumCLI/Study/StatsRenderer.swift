import PlenumKit

/// Draws `LearnerStats` for a terminal: bar charts in block characters, or plain numbers
/// when colour is off; widths by display columns so Hangul names line up.
struct StatsRenderer {
  let style: TerminalStyle

  func render(_ stats: LearnerStats, learner: String, location: String? = nil) -> [String] {
    header(stats, learner: learner, location: location) + [""] + trueRetention(stats) + [""]
      + [style.bold("Reviews per day") + ", last \(stats.perDay.count) days"] + bars(stats.perDay)
      + ["", style.bold("Due in the next 14 days")] + bars(stats.forecast) + [""]
      + weakestTopics(stats) + mostOftenFailed(stats) + [""] + settings(stats.settings)
  }

  private func header(_ stats: LearnerStats, learner: String, location: String?) -> [String] {
    var lines: [String] = []
    let retention = stats.retention.map { percent($0) } ?? "–"
    lines += style.wrapped("Progress of \(TerminalText.safe(learner))", boldPrefix: "Progress of")
    if let location { lines += style.wrapped("Kept in \(TerminalText.safe(location))") }
    lines += style.wrapped(
      "Reviews: \(stats.reviews) · cards seen: \(stats.cardsSeen) of \(stats.cardsInDeck) · "
        + "due now: \(stats.dueNow) · new today: \(stats.newAvailable) · correct: \(retention) · "
        + "streak: \(stats.streak) day\(stats.streak == 1 ? "" : "s")")
    return lines
  }

  private func trueRetention(_ stats: LearnerStats) -> [String] {
    style.wrapped(
      "True retention (first review of the day; Again = fail; target \(percent(stats.desiredRetention)))",
      boldPrefix: "True retention")
      + [
        "  young cards:  " + retentionText(stats.young),
        "  mature cards: " + retentionText(stats.mature),
      ]
  }

  private func weakestTopics(_ stats: LearnerStats) -> [String] {
    var lines = [style.bold("Weakest topics") + " (mean recall now)"]
    let studied = stats.mastery.filter { $0.seen > 0 }
    // A topic recalled at 100% is not weak: listing it under "weakest" misleads.
    let seen = studied.filter { percent($0.recall) != "100%" }.prefix(8)
    if studied.isEmpty {
      lines.append("  none studied yet")
    } else if seen.isEmpty {
      lines.append("  none: every topic studied is at 100%")
    }
    let nameWidth = seen.map { DisplayWidth.of(TerminalText.safe($0.name)) }.max() ?? 0
    for topic in seen {
      let name = TerminalText.safe(topic.name)
      let pad = String(repeating: " ", count: nameWidth - DisplayWidth.of(name))
      let share = percent(topic.recall)
      let sharePad = String(repeating: " ", count: max(0, 4 - share.count))
      let row = "\(name)\(pad)  \(sharePad)\(share)  (\(topic.seen) of \(topic.cards) cards seen)"
      // A row that fits keeps its column padding; wrapping would fold the spaces away.
      lines +=
        DisplayWidth.of(row) + 2 <= style.width
        ? ["  " + row] : style.wrapped(row, indent: 2, hanging: 4)
    }
    return lines
  }

  private func mostOftenFailed(_ stats: LearnerStats) -> [String] {
    guard !stats.trouble.isEmpty else { return [] }
    var lines = ["", style.bold("Most often failed")]
    for trouble in stats.trouble.prefix(5) {
      lines += style.wrapped(TerminalText.safe(trouble.prompt), indent: 2)
      var detail = "answer: \(TerminalText.safe(trouble.answer)); lapses: \(trouble.lapses)"
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
      lines += style.wrapped(detail, indent: 4, hanging: 6)
    }
    return lines
  }

  private func settings(_ settings: StatsSettings) -> [String] {
    style.wrapped(
      "Settings: scheduler \(settings.scheduler), desired retention \(percent(settings.desiredRetention)), "
        + "\(settings.newPerDay) new/day, steps \(steps(settings.learningSteps)) / \(steps(settings.relearningSteps)), "
        + "maximum interval \(settings.maximumInterval) days")
  }

  private func retentionText(_ retention: LearnerStats.Retention) -> String {
    guard let rate = retention.rate else { return "no reviews yet" }
    return "\(percent(rate)) (\(retention.passed) of \(retention.reviews))"
  }

  private func bars(_ days: [LearnerStats.Day]) -> [String] {
    let most = max(1, days.map(\.reviews).max() ?? 1)
    // "  2026-09-01 1234 " takes 18 columns; the bar gets the rest, up to 40.
    let width = max(5, min(40, style.width - 18))
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
