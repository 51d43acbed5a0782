/// A place events happened in.
public struct Place: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  public var name: String
  public var aliases: [String]
  public var sources: [Citation]

  public init(id: String, name: String, aliases: [String] = [], sources: [Citation]) {
    self.id = id
    self.name = name
    self.aliases = aliases
    self.sources = sources
  }
}
