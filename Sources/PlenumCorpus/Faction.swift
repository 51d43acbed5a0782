/// A group of actors the sources treat (or dispute treating) as a faction.
public struct Faction: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  public var name: String
  public var aliases: [String]
  public var summary: String
  public var sources: [Citation]

  public init(
    id: String, name: String, aliases: [String] = [], summary: String, sources: [Citation]
  ) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.summary = summary
    self.sources = sources
  }
}
