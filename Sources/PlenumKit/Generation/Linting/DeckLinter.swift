import PlenumCorpus

/// Checks a generated deck against the defects a history teacher rejects on sight: answers
/// given away, second right answers, authoring notes, explanations that add nothing, and a
/// deck that spends its cards on the wrong things.
///
/// Each rule is a class of defect a program can see; `lint` reports every card that breaks
/// one. The embedded deck must come out clean (a test holds it to that).
public struct DeckLinter: Sendable {
  /// One class of defect.
  public enum Rule: String, CaseIterable, Sendable, Codable {
    case optionNamesTheDate = "option-names-the-date"
    case optionRepeatsEvent = "option-repeats-event"
    case optionLeavesNamedMonth = "option-leaves-named-month"
    case tautology = "tautology"
    case statementNamesKey = "statement-names-key"
    case substituteOfAnotherSide = "substitute-of-another-side"
    case duplicatePrompt = "duplicate-prompt"
    case distractorSharesEvent = "distractor-shares-event"
    case roleWithoutTime = "role-without-time"
    case authoringNote = "authoring-note"
    case documentTakesPlace = "document-takes-place"
    case quantityFromLabel = "quantity-from-label"
    case explanationRestates = "explanation-restates"
    case keyStandsOut = "key-stands-out"
    case tooManyDateCards = "too-many-date-cards"
    case tooMuchBackground = "too-much-background"
    case dateAskedTooOften = "date-asked-too-often"
    case keyLongestTooOften = "key-longest-too-often"

    /// What the rule rejects, for the report.
    public var summary: String {
      switch self {
      case .optionNamesTheDate: "an option spells out the date the question gives"
      case .optionRepeatsEvent: "an option repeats the name of the event the question asks about"
      case .optionLeavesNamedMonth:
        "an option lies outside the month the question names"
      case .tautology: "a true-or-false statement is true by its own wording"
      case .statementNamesKey: "a statement names the person it is about a second time"
      case .substituteOfAnotherSide:
        "a false statement swaps in someone of another side than the true actor"
      case .duplicatePrompt: "the same prompt is asked twice with different answers"
      case .distractorSharesEvent: "a distractor took part in the event too"
      case .roleWithoutTime: "\"who was the …\" names no time although posts change hands"
      case .authoringNote: "authoring notes reach the learner"
      case .documentTakesPlace: "a document is said to \"take place\""
      case .quantityFromLabel: "a figure's question is pieced together from its label"
      case .explanationRestates: "the explanation says nothing the card did not"
      case .keyStandsOut: "the right option is far longer or shorter than every other"
      case .tooManyDateCards: "more than a quarter of the deck asks dates"
      case .tooMuchBackground:
        "more than a tenth of the deck is on events the corpus marks as background"
      case .dateAskedTooOften: "an event's date is asked more than twice"
      case .keyLongestTooOften:
        "in one kind of card the right option is the longest far more often than chance"
      }
    }
  }

  /// One defect: the rule, the card (nil for the deck as a whole) and what was seen.
  public struct Finding: Hashable, Sendable {
    public var rule: Rule
    public var card: String?
    public var detail: String
  }

  let corpus: Corpus

  public init(corpus: Corpus) { self.corpus = corpus }

  /// Every finding for `deck`, card rules first in deck order, then the deck's balance
  /// (unless `balance` is false, for a deck filtered to a few kinds or topics).
  public func lint(_ deck: Deck, balance: Bool = true) -> [Finding] {
    let index = CorpusIndex(corpus)
    var findings: [Finding] = []
    for card in deck.cards {
      findings += cardFindings(card, index: index)
    }
    findings += duplicatePrompts(deck)
    if balance { findings += balanceFindings(deck, index: index) }
    return findings
  }

  /// The report `plenum generate --check` prints: a count per rule, then each finding.
  public static func report(_ findings: [Finding], deck: Deck) -> String {
    var lines = [
      "Deck check: \(deck.cards.count) card\(deck.cards.count == 1 ? "" : "s"), "
        + "\(findings.count) problem\(findings.count == 1 ? "" : "s")."
    ]
    let width = Rule.allCases.map(\.rawValue.count).max() ?? 0
    for (rule, count) in counts(findings) {
      let name = rule.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
      lines.append("  \(name)  \(String(count).leftPadded(to: 3))  \(rule.summary)")
    }
    for finding in findings {
      lines.append("\(finding.card ?? "deck"): \(finding.rule.rawValue): \(finding.detail)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// How many findings each rule has, every rule listed (zero included), in rule order.
  public static func counts(_ findings: [Finding]) -> [(rule: Rule, count: Int)] {
    Rule.allCases.map { rule in (rule, findings.filter { $0.rule == rule }.count) }
  }

  /// The share of a deck that asks dates, and the cap on it.
  public static let maxDateShare = 0.25
  /// The share of a deck about background outside Korea 1953-1960, and the cap on it.
  public static let maxBackgroundShare = 0.10
  /// The share of one kind's multiple-choice cards whose key may be the longest option (chance
  /// is a quarter with four options), counted once a kind has enough cards to tell.
  public static let maxKeyLongestShare = 0.4
  static let keyLongestMinimumCards = 8
  /// How often one event's date may be asked, in any direction.
  public static let maxDateQuestionsPerEvent = 2
  /// Kinds whose answer is a date or an order in time.
  public static let dateKinds: Set<CardKind> = [
    .eventDate, .dateEvent, .documentDate, .chronology, .firstOfTwo,
  ]
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: " ", count: max(0, width - count)) + self
  }
}
