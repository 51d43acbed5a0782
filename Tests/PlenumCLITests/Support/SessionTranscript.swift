/// A study session's output cut into its parts: the header, one block per question asked,
/// and the summary, so tests can assert each line exactly.
struct SessionTranscript {
  /// One question as shown, and every line printed after its instruction until the blank
  /// line that starts the next part.
  struct Question {
    /// "new" or "review".
    var tag: String
    /// The kind's summary between the brackets, e.g. "who held a post".
    var kind: String
    /// The prompt, wrapped lines joined by single spaces.
    var prompt: String
    /// The lettered options, without their "a) " and with wrapped lines joined.
    var options: [String]
    /// How to answer ("Answer with a letter or the text of a choice.").
    var instruction: String
    /// The lines printed after the instruction (verdict, explanation, source, rating, ack).
    var after: [String]
    /// Every line of the block as printed, from the tag line on.
    var lines: [String]

    /// The "Saved: …" acknowledgement, if the review was saved.
    var saved: String? { after.first { $0.hasPrefix("Saved: ") } }
  }

  static let instructions = [
    "Answer with a letter or the text of a choice.",
    "Type the letters in order, earliest first (e.g. \"c a d b\").",
    "Answer true or false.",
    "Type your answer.",
  ]

  /// Complete lines (a partly written last line is left out).
  var lines: [String]
  /// The lines before the first blank line.
  var header: [String]
  var questions: [Question]
  /// The lines of the last part when it starts with "Session over:".
  var summary: [String]

  init(_ text: String) {
    var all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    all.removeLast()  // after the final "\n", or a partial line
    lines = all
    let parts = all.split(separator: "", omittingEmptySubsequences: true).map(Array.init)
    header = parts.first ?? []
    questions = parts.dropFirst().compactMap(Self.question)
    summary = parts.last.flatMap { $0.first?.hasPrefix("Session over:") == true ? $0 : nil } ?? []
  }

  private static func question(_ block: [String]) -> Question? {
    guard let tagLine = block.first, tagLine.hasPrefix("["), tagLine.hasSuffix("]"),
      let dot = tagLine.range(of: " · ")
    else { return nil }
    let tag = String(tagLine[tagLine.index(after: tagLine.startIndex)..<dot.lowerBound])
    let kind = String(tagLine[dot.upperBound..<tagLine.index(before: tagLine.endIndex)])
    guard let instructionIndex = block.firstIndex(where: instructions.contains) else { return nil }
    var promptLines: [String] = []
    var options: [String] = []
    for line in block[1..<instructionIndex] {
      if let option = optionStart(line) {
        options.append(option)
      } else if !options.isEmpty {
        options[options.count - 1] += " " + line.drop { $0 == " " }
      } else {
        promptLines.append(line)
      }
    }
    return Question(
      tag: tag, kind: kind, prompt: promptLines.joined(separator: " "), options: options,
      instruction: block[instructionIndex], after: Array(block[(instructionIndex + 1)...]),
      lines: block)
  }

  /// "  c) text" → "text" (the letters run a, b, c… in order).
  private static func optionStart(_ line: String) -> String? {
    let scalars = Array(line.unicodeScalars)
    guard scalars.count >= 5, scalars[0] == " ", scalars[1] == " ",
      ("a"..."z").contains(scalars[2]), scalars[3] == ")", scalars[4] == " "
    else { return nil }
    return String(String.UnicodeScalarView(scalars[5...]))
  }
}

extension String {
  fileprivate func trimmingPrefix(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}
