/// A question on which sources or historians differ, with each reading and who holds it.
public struct Claim: Hashable, Sendable, Codable, Identifiable {
  /// One holder's answer to the claim's question.
  public struct Reading: Hashable, Sendable, Codable {
    /// A historian, a source's author, an institution, "the standard narrative".
    public var holder: String
    public var answer: String
    public var sources: [Citation]

    public init(holder: String, answer: String, sources: [Citation]) {
      self.holder = holder
      self.answer = answer
      self.sources = sources
    }
  }

  public var id: String
  /// Reads after "According to <holder>, " ("did the four factions act as organised groups?").
  public var question: String
  public var about: [String]
  public var readings: [Reading]

  public init(id: String, question: String, about: [String] = [], readings: [Reading]) {
    self.id = id
    self.question = question
    self.about = about
    self.readings = readings
  }
}
