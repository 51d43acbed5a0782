/// The direction a card asks a fact in; with the fact id it makes the card id.
public enum CardKind: String, Hashable, Sendable, Codable, CaseIterable {
  case eventDate = "event-date"
  case dateEvent = "date-event"
  case eventPlace = "event-place"
  case actorRole = "actor-role"
  case roleActor = "role-actor"
  case actorFaction = "actor-faction"
  case factionMember = "faction-member"
  case eventParticipant = "event-participant"
  case eventOutcome = "event-outcome"
  case causeEffect = "cause-effect"
  case actorFate = "actor-fate"
  case documentAuthor = "document-author"
  case documentRecipient = "document-recipient"
  case documentDate = "document-date"
  case quantity = "quantity"
  case interpretation = "interpretation"
  case chronology = "chronology"
  case firstOfTwo = "first-of-two"
  case trueFalse = "true-false"
  case cloze = "cloze"

  /// A few words for listings and `--kinds` help.
  public var summary: String {
    switch self {
    case .eventDate: "when an event happened"
    case .dateEvent: "which event happened at a date"
    case .eventPlace: "where an event happened"
    case .actorRole: "the post a person held"
    case .roleActor: "who held a post"
    case .actorFaction: "a person's faction"
    case .factionMember: "who belonged to a faction"
    case .eventParticipant: "who did what at an event"
    case .eventOutcome: "what an event led to"
    case .causeEffect: "what led to an event"
    case .actorFate: "what became of a person"
    case .documentAuthor: "who wrote a document"
    case .documentRecipient: "to whom a document was addressed"
    case .documentDate: "when a document was written"
    case .quantity: "figures the sources give"
    case .interpretation: "what a historian or source argued"
    case .chronology: "putting events in order"
    case .firstOfTwo: "which of two events came first"
    case .trueFalse: "true or false statements"
    case .cloze: "filling a gap in a summary"
    }
  }
}
