/// A validated body of cited facts about one historical episode.
public struct Corpus: Hashable, Sendable, Codable {
  /// The corpus format this build reads.
  public static let formatVersion = 1

  public var id: String
  public var title: String
  public var description: String
  public var sources: [Source]
  public var places: [Place]
  public var factions: [Faction]
  public var actors: [Actor]
  public var events: [Event]
  public var quantities: [Quantity]
  public var claims: [Claim]

  public init(
    id: String, title: String, description: String = "", sources: [Source] = [],
    places: [Place] = [], factions: [Faction] = [], actors: [Actor] = [], events: [Event] = [],
    quantities: [Quantity] = [], claims: [Claim] = []
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.sources = sources
    self.places = places
    self.factions = factions
    self.actors = actors
    self.events = events
    self.quantities = quantities
    self.claims = claims
  }
}
