/// A figure the sources give, with what it counts.
public struct Quantity: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  /// A noun phrase that reads after "How many" ("political prisoners released").
  public var what: String
  public var value: Double
  /// True when the source gives the figure as approximate.
  public var approximate: Bool
  public var unit: String?
  /// What the figure covers, shown with the question.
  public var scope: String
  public var date: HistoricalDate?
  public var event: String?
  public var sources: [Citation]
  /// The questions this figure is asked in.
  public var ask = AskList.all
  /// A teacher's wording of the question ("How many people were in prison, by Li Sang-jo's count?").
  public var question: String?
  /// What the figure shows, added to the explanation.
  public var why: String?

  public init(
    id: String, what: String, value: Double, approximate: Bool = false, unit: String? = nil,
    scope: String, date: HistoricalDate? = nil, event: String? = nil, sources: [Citation]
  ) {
    self.id = id
    self.what = what
    self.value = value
    self.approximate = approximate
    self.unit = unit
    self.scope = scope
    self.date = date
    self.event = event
    self.sources = sources
  }
}
