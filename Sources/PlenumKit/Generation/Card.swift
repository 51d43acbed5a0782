/// One question: a fact asked in one direction, with what counts as its answer.
///
/// The id is `<kind>:<fact id>` and never depends on wording, so rewording a template or
/// fixing a typo in the corpus keeps every learner's progress.
public struct Card: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  /// The fact id inside the corpus (`august-plenum.date`, `choe-changik.role.vice-premier`).
  public var fact: String
  public var kind: CardKind
  public var prompt: String
  /// The answer as shown to the learner.
  public var answer: String
  /// Other spellings accepted as correct.
  public var accept: [String]
  /// The multiple-choice options including the answer; empty when the card has none.
  public var choices: [String]
  /// Items to order (shown lettered in this order); empty unless the kind is chronology.
  public var items: [String]
  public var expected: ExpectedAnswer
  /// The forms this card can be asked in, from recognition to recall.
  public var forms: [CardForm]
  /// One or two sentences in the project's own words, shown after the answer.
  public var explanation: String
  public var sources: [CardSource]
  /// Ids of the events, actors and factions the card is about (for filters and mastery).
  public var topics: [String]
  /// True when the sources disagree and the card asks "According to …".
  public var disputed: Bool

  public init(
    id: String, fact: String, kind: CardKind, prompt: String, answer: String,
    accept: [String] = [], choices: [String] = [], items: [String] = [],
    expected: ExpectedAnswer, forms: [CardForm], explanation: String, sources: [CardSource],
    topics: [String], disputed: Bool = false
  ) {
    self.id = id
    self.fact = fact
    self.kind = kind
    self.prompt = prompt
    self.answer = answer
    self.accept = accept
    self.choices = choices
    self.items = items
    self.expected = expected
    self.forms = forms
    self.explanation = explanation
    self.sources = sources
    self.topics = topics
    self.disputed = disputed
  }
}
