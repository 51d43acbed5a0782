/// Grades a typed answer against a card's `AnswerKey` the way a fair teacher would.
///
/// Names are compared by romanization key (see `RomanizationKey`), so spelling systems never
/// cost a point, while naming another person is always wrong. Dates, numbers, choices,
/// orderings and true/false answers each accept the forms learners actually type; an answer
/// of the wrong shape (a missing letter, no number) is `invalid` so the UI can ask again.
public struct AnswerChecker: Sendable {
  /// The names a name answer may be: the expected entry and every entry it must not be.
  public let names: NameIndex

  /// A checker that recognises the names in `names`.
  public init(names: NameIndex) {
    self.names = names
  }

  /// Grades `input` against `key`, or says why it cannot be graded.
  public func check(_ input: String, against key: AnswerKey) -> AnswerOutcome {
    let expected = Self.expectedText(key)
    if TextFolding.isTooLong(input) {
      return .judged(Judgement(verdict: .wrong, expected: expected, note: Self.tooLongNote))
    }
    let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { return .invalid(Self.formatHint(for: key)) }
    switch key {
    case .name(let id, let display): return checkName(trimmed, id: id, display: display)
    case .text(let accepted, let display):
      return checkText(trimmed, accepted: accepted, display: display)
    case .date(let date): return DateGrader.check(trimmed, against: date)
    case .number(let value, let approximate, let unit):
      return NumberGrader.check(trimmed, value: value, approximate: approximate, unit: unit)
    case .choice(let correct, let choices, let typed):
      return checkChoice(trimmed, correct: correct, choices: choices, typed: typed)
    case .order(let correct, let shown): return checkOrder(trimmed, correct: correct, shown: shown)
    case .truth(let value): return checkTruth(trimmed, value: value)
    }
  }

  /// The answer a learner should read after answering.
  public static func expectedText(_ key: AnswerKey) -> String {
    switch key {
    case .name(_, let display), .text(_, let display): display
    case .date(let date): date.displayText
    case .number(let value, let approximate, let unit):
      NumberGrader.display(value, approximate: approximate, unit: unit)
    case .choice(let correct, let choices, _):
      choices.indices.contains(correct)
        ? "\(ChoiceLetters.letter(correct))) \(choices[correct])" : ChoiceLetters.letter(correct)
    case .order(let correct, _): correct.map(ChoiceLetters.letter).joined(separator: " ")
    case .truth(let value): value ? "true" : "false"
    }
  }

  static let tooLongNote =
    "answers longer than \(TextFolding.maxInputLength) characters are not graded"

  /// What to type for `key`, for the UI to show under the prompt or when an answer is empty:
  /// the date hint states that numeric dates are read day first.
  public static func formatHint(for key: AnswerKey) -> String {
    switch key {
    case .name: "Type a name, or skip the card."
    case .text: "Type the missing word, or skip the card."
    case .date: DateGrader.formatHint
    case .number: NumberGrader.formatHint
    case .choice(_, let choices, _): ChoiceLetters.choiceHint(count: choices.count)
    case .order(_, let shown): ChoiceLetters.orderHint(count: shown.count)
    case .truth: TruthAnswer.hint
    }
  }

  /// How many edits a typed key may be from the expected one and still count as a typo.
  static func typoAllowance(forLength length: Int) -> Int {
    switch length {
    case ..<5: 0
    case ..<9: 1
    case ..<15: 2
    default: 3
    }
  }
}
