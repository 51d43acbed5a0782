/// A person in the episode, with the spellings learners may type.
public struct Actor: Hashable, Sendable, Codable, Identifiable {
  /// A position an actor held, with the dates the sources give.
  public struct Role: Hashable, Sendable, Codable, Identifiable {
    /// Unique within the actor; the fact id is `<actor>.role.<id>`.
    public var id: String
    /// Reads after "was the …" ("vice premier").
    public var title: String
    public var from: HistoricalDate?
    public var to: HistoricalDate?
    public var sources: [Citation]
    /// False when the corpus records the post but no question should ask it (`ask: false`).
    public var asked = true

    public init(
      id: String, title: String, from: HistoricalDate? = nil, to: HistoricalDate? = nil,
      sources: [Citation]
    ) {
      self.id = id
      self.title = title
      self.from = from
      self.to = to
      self.sources = sources
    }
  }

  /// One source's account of how an actor ended; several readings mean the sources disagree.
  public struct FateReading: Hashable, Sendable, Codable {
    /// A verb phrase without subject ("was expelled from the party").
    public var text: String
    public var date: HistoricalDate?
    public var sources: [Citation]
    /// False when the reading is recorded (and shown beside the others) but not asked.
    public var asked = true

    public init(text: String, date: HistoricalDate? = nil, sources: [Citation]) {
      self.text = text
      self.date = date
      self.sources = sources
    }
  }

  public var id: String
  public var name: String
  public var hangul: String?
  public var aliases: [String]
  public var factions: [String]
  public var summary: String
  public var roles: [Role]
  public var fate: [FateReading]
  /// Other actors learners mix up with this one.
  public var confusable: [String]
  public var sources: [Citation]
  /// The questions this actor is asked in.
  public var ask = AskList.all
  /// Whose side the actor was on (`korean`, `soviet`, `chinese`, …): distractors and false
  /// statements substitute people of the same side.
  public var side: String?
  /// A head of party or state (Stalin, Mao, Kim Il Sung): never offered as the wrong answer to
  /// who held a lesser post ("Who was the Soviet ambassador?" — not Stalin).
  public var leader = false

  public init(
    id: String, name: String, hangul: String? = nil, aliases: [String] = [],
    factions: [String] = [], summary: String, roles: [Role] = [], fate: [FateReading] = [],
    confusable: [String] = [], sources: [Citation]
  ) {
    self.id = id
    self.name = name
    self.hangul = hangul
    self.aliases = aliases
    self.factions = factions
    self.summary = summary
    self.roles = roles
    self.fate = fate
    self.confusable = confusable
    self.sources = sources
  }

  /// True when the sources give more than one account of this actor's fate.
  public var fateIsDisputed: Bool { fate.count > 1 }
}
