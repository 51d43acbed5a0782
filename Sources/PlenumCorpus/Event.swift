/// Something that happened: a meeting, a speech, a flight, a purge.
public struct Event: Hashable, Sendable, Codable, Identifiable {
  /// One source's date for the event; several readings mean the sources disagree.
  public struct DateReading: Hashable, Sendable, Codable {
    public var date: HistoricalDate
    public var sources: [Citation]

    public init(date: HistoricalDate, sources: [Citation]) {
      self.date = date
      self.sources = sources
    }
  }

  /// An actor's part in the event.
  public struct Participant: Hashable, Sendable, Codable {
    /// The actor id; the fact id is `<event>.participant.<actor>`.
    public var actor: String
    /// A past-tense verb phrase without subject ("spoke against the leadership").
    public var part: String
    public var sources: [Citation]
    /// False when the corpus records the part but no question should ask it (`ask: false`).
    public var asked = true

    public init(actor: String, part: String, sources: [Citation]) {
      self.actor = actor
      self.part = part
      self.sources = sources
    }
  }

  /// A consequence of the event.
  public struct Outcome: Hashable, Sendable, Codable, Identifiable {
    /// Unique within the event; the fact id is `<event>.outcome.<id>`.
    public var id: String
    /// A full clause in the corpus's words.
    public var text: String
    public var sources: [Citation]
    /// False when the corpus records the outcome but no question should ask it (`ask: false`).
    public var asked = true

    public init(id: String, text: String, sources: [Citation]) {
      self.id = id
      self.text = text
      self.sources = sources
    }
  }

  public var id: String
  /// Reads inside a sentence ("the August Plenum of the KWP Central Committee").
  public var name: String
  /// One reading when the sources agree, several when they do not.
  public var dates: [DateReading]
  public var place: String?
  /// The corpus's own summary; `{{…}}` marks cloze spans.
  public var summary: String
  public var causes: [String]
  public var participants: [Participant]
  public var outcomes: [Outcome]
  public var sources: [Citation]
  /// The questions this event is asked in.
  public var ask = AskList.all
  /// A teacher's wording of the date question ("When did Khrushchev give the Secret Speech?").
  public var when: String?
  /// Why the event matters, in a sentence or two; explanations add it to what the card says.
  public var why: String?
  /// A teacher's wording of the outcome question ("What did the September Plenum decide?").
  public var outcomeQuestion: String?
  /// Plausible outcomes the sources rule out, offered beside a true one.
  public var decoys: [String] = []
  /// How a statement places something in the event ("at the August Plenum").
  public var setting: String?
  /// True for context outside Korea in 1953-1960 (Poland, Hungary, the Soviet succession).
  public var background = false

  public init(
    id: String, name: String, dates: [DateReading], place: String? = nil, summary: String,
    causes: [String] = [], participants: [Participant] = [], outcomes: [Outcome] = [],
    sources: [Citation]
  ) {
    self.id = id
    self.name = name
    self.dates = dates
    self.place = place
    self.summary = summary
    self.causes = causes
    self.participants = participants
    self.outcomes = outcomes
    self.sources = sources
  }

  /// The date when the sources agree on it.
  public var date: HistoricalDate? { dates.count == 1 ? dates[0].date : nil }
  /// True when the sources give more than one date.
  public var dateIsDisputed: Bool { dates.count > 1 }
}
