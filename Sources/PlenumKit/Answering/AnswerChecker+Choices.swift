extension AnswerChecker {
  /// Grades a multiple-choice answer given by letter ("b", "(b)", "b)") or as text: the one
  /// choice the text names (see `choicesNamed`) decides; text naming several is ambiguous.
  func checkChoice(_ input: String, correct: Int, choices: [String], typed: AnswerKey?)
    -> AnswerOutcome
  {
    let expected = Self.expectedText(.choice(correct: correct, choices: choices))
    let label = input.trimmingCharacters(in: .whitespaces)
      .trimmingCharacters(in: .init(charactersIn: "()[].:"))
    if label.count == 1, let first = label.lowercased().first,
      ChoiceLetters.alphabet.contains(first)
    {
      guard let index = ChoiceLetters.index(of: label, count: choices.count),
        choices.indices.contains(index)
      else {
        return .invalid(
          "There are only \(choices.count) choices. "
            + ChoiceLetters.choiceHint(count: choices.count))
      }
      return judged(index == correct ? .correct : .wrong, expected, chosen: index)
    }
    let named = choicesNamed(by: input, choices: choices, correct: correct, typed: typed)
    switch named.choices.count {
    case 0:
      return .invalid(ChoiceLetters.choiceHint(count: choices.count))
    case 1:
      let index = named.choices[0]
      if index == correct { return judged(.correct, expected, chosen: index) }
      return judged(
        .wrong, expected, note: "that is \(ChoiceLetters.letter(index))) \(choices[index])",
        chosen: index)
    default:
      let labels = ChoiceLetters.labels(named.choices)
      // A few words shared by several choices are not an answer yet: ask for more.
      if named.byPart {
        return .invalid(
          "That fits more than one choice: \(labels). Type more of it, or answer with a letter.")
      }
      return judged(
        named.choices.contains(correct) ? .close : .wrong, expected,
        note: "that text fits more than one choice: \(labels)")
    }
  }

  /// Grades an ordering typed as letters or numbers ("b a d c", "b,a,d,c", "2 1 4 3", "badc").
  ///
  /// Exact order is correct; a few pairs out of order (at most one pair in up to six items,
  /// a tenth of all pairs beyond) is close. A missing, repeated or unknown item is invalid.
  func checkOrder(_ input: String, correct: [Int], shown: [String]) -> AnswerOutcome {
    let expected = Self.expectedText(.order(correct: correct, shown: shown))
    let count = shown.count
    let hint = ChoiceLetters.orderHint(count: count)
    var labels = input.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    if labels.count == 1, let only = labels.first, only.count == count, only.allSatisfy(\.isLetter)
    {
      labels = only.map { String($0) }
    }
    let letters = labels.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    let numbers = labels.allSatisfy { Int($0) != nil }
    guard letters || numbers else { return .invalid(hint) }
    var order: [Int] = []
    var unknown: [String] = []
    for label in labels {
      if let index = letters
        ? ChoiceLetters.alphabet.firstIndex(of: label.first!) : Int(label).map({ $0 - 1 }),
        (0..<count).contains(index)
      {
        order.append(index)
      } else {
        unknown.append(label)
      }
    }
    var problems: [String] = []
    if !unknown.isEmpty { problems.append("no item \(unknown.joined(separator: ", ")) was shown") }
    let repeated = (0..<count).filter { item in order.filter { $0 == item }.count > 1 }
    if !repeated.isEmpty {
      problems.append(
        "\(repeated.map(ChoiceLetters.letter).joined(separator: ", ")) given more than once")
    }
    let missing = (0..<count).filter { !order.contains($0) }
    if !missing.isEmpty {
      problems.append("missing \(missing.map(ChoiceLetters.letter).joined(separator: ", "))")
    }
    guard problems.isEmpty else {
      return .invalid(problems.joined(separator: "; ").capitalizedFirst + ". " + hint)
    }
    let distance = KendallTau.distance(order, correct)
    if distance == 0 { return judged(.correct, expected) }
    let pairs = distance == 1 ? "1 pair" : "\(distance) pairs"
    let note = "\(pairs) out of \(KendallTau.maximum(count: count)) in the wrong order"
    let closeLimit = max(1, KendallTau.maximum(count: count) / 10)
    return judged(distance <= closeLimit ? .close : .wrong, expected, note: note)
  }

  /// Grades true/false typed as t/f, true/false, yes/no or y/n.
  func checkTruth(_ input: String, value: Bool) -> AnswerOutcome {
    guard let answer = TruthAnswer.parse(input) else { return .invalid(TruthAnswer.hint) }
    return judged(answer == value ? .correct : .wrong, value ? "true" : "false")
  }

  /// Grades a short term against its accepted spellings, ignoring case, punctuation and accents.
  func checkText(_ input: String, accepted: [String], display: String) -> AnswerOutcome {
    let plain = TextFolding.plain(input)
    guard !plain.isEmpty else { return .invalid("Type the missing word, or skip the card.") }
    let targets = (accepted + [display]).map { TextFolding.plain($0) }.filter { !$0.isEmpty }
    if targets.contains(plain) { return judged(.correct, display) }
    let scalars = Array(plain.unicodeScalars)
    for target in targets {
      let allowance = Self.typoAllowance(forLength: target.unicodeScalars.count)
      if EditDistance.damerau(scalars, Array(target.unicodeScalars), limit: allowance) <= allowance
      {
        return judged(.close, display, note: "check the spelling")
      }
    }
    return judged(.wrong, display)
  }
}

/// The ways a learner types true or false.
enum TruthAnswer {
  static let hint = "Answer true or false (t/f, yes/no, y/n)."

  static func parse(_ input: String) -> Bool? {
    switch TextFolding.plain(input) {
    case "t", "true", "y", "yes", "correct", "right": true
    case "f", "false", "n", "no", "incorrect", "wrong": false
    default: nil
    }
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
