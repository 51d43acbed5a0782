import PlenumScheduling

/// One answered card, as one line of the review log.
public struct ReviewRecord: Hashable, Sendable {
  // Stored in this order, not the lines' order, so the two one-byte enums share the id's
  // padding: 104 bytes a record instead of 120 (a class log holds a million of them); the
  // form takes a String's 16 bytes, as the text it replaced did.
  /// Unique id of this review; the same id in two files is the same review.
  public var id: ReviewID
  /// The learner's rating, 1 (Again) to 4 (Easy).
  public var rating: Rating
  /// The answer checker's verdict.
  public var verdict: Verdict
  /// The card's stable id (fact × direction).
  public var card: String
  /// The deck the card was studied from.
  public var deck: String
  /// How the card was shown; a form a newer version wrote is kept as `.unknown`.
  public var form: ReviewForm
  /// Exactly what the learner typed or chose.
  public var answer: String
  /// When the learner rated the card, in milliseconds since 1970-01-01T00:00:00Z.
  public var at: Int64
  /// Response time in milliseconds.
  public var ms: Int

  /// Creates a review record.
  public init(
    id: ReviewID, card: String, deck: String, at: Int64, rating: Rating, form: ReviewForm,
    answer: String, verdict: Verdict, ms: Int
  ) {
    self.id = id
    self.card = card
    self.deck = deck
    self.at = at
    self.rating = rating
    self.form = form
    self.answer = answer
    self.verdict = verdict
    self.ms = ms
  }
}

/// A record that takes back an earlier review; nothing in the log is ever rewritten.
public struct UndoRecord: Hashable, Sendable {
  /// Unique id of the undo record itself.
  public var id: ReviewID
  /// The id of the review being taken back.
  public var undo: ReviewID
  /// When the learner undid the review, in epoch milliseconds (UTC).
  public var at: Int64

  /// Creates an undo record.
  public init(id: ReviewID, undo: ReviewID, at: Int64) {
    self.id = id
    self.undo = undo
    self.at = at
  }
}

/// One line of the review log: a review or an undo.
public enum LogEntry: Hashable, Sendable {
  case review(ReviewRecord)
  case undo(UndoRecord)

  /// The record's own id.
  public var id: ReviewID {
    switch self {
    case .review(let r): r.id
    case .undo(let u): u.id
    }
  }

  /// The record's time in epoch milliseconds.
  public var at: Int64 {
    switch self {
    case .review(let r): r.at
    case .undo(let u): u.at
    }
  }

  /// The format version this build writes and fully understands.
  public static let formatVersion = 1
}
