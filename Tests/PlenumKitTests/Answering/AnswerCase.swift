import PlenumKit
import PlenumProgress
import Testing

/// One row of the grading table: what the learner typed, the card's key, and the outcome.
struct AnswerCase: Sendable, CustomTestStringConvertible {
  /// What the note (or the invalid message) must be; `.any` leaves it unchecked.
  enum Note: Sendable {
    case any
    case none
    case exactly(String)
  }

  var input: String
  var key: AnswerKey
  /// nil means the checker must ask again (`invalid`).
  var verdict: Verdict?
  var note: Note = .any

  var testDescription: String { "\(input) → \(verdict?.rawValue ?? "invalid")" }

  /// Checks the case against `checker`, recording failures against the row.
  func verify(with checker: AnswerChecker) {
    let outcome = checker.check(input, against: key)
    switch (outcome, verdict) {
    case (.judged(let judgement), let verdict?):
      #expect(judgement.verdict == verdict, "\(input): \(judgement)")
      #expect(judgement.expected == AnswerChecker.expectedText(key))
      switch note {
      case .any: break
      case .none: #expect(judgement.note == nil, "\(input)")
      case .exactly(let text): #expect(judgement.note == text, "\(input)")
      }
    case (.invalid(let message), nil):
      if case .exactly(let text) = note { #expect(message == text, "\(input)") }
      #expect(!message.isEmpty)
    default:
      Issue.record("\(input): got \(outcome), expected \(verdict?.rawValue ?? "invalid")")
    }
  }
}

/// Shorthand for name rows.
func name(_ input: String, _ id: String, _ verdict: Verdict?, _ note: AnswerCase.Note = .any)
  -> AnswerCase
{
  AnswerCase(input: input, key: EpisodeNames.key(id), verdict: verdict, note: note)
}

/// Shorthand for rows of any other key.
func row(_ input: String, _ key: AnswerKey, _ verdict: Verdict?, _ note: AnswerCase.Note = .any)
  -> AnswerCase
{
  AnswerCase(input: input, key: key, verdict: verdict, note: note)
}
