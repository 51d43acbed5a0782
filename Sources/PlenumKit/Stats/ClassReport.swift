/// A teacher's view of a class: each student's progress, the cards the class finds hardest,
/// and the wrong answers given most often to them. What `plenum report` prints and `--json` emits.
public struct ClassReport: Sendable, Encodable, Equatable {
  /// One student's progress.
  public struct Student: Sendable, Encodable, Equatable {
    /// The learner folder's name.
    public var name: String
    /// Reviews that count (undone ones left out).
    public var reviews: Int
    /// Reviews the answer checker judged correct.
    public var correct: Int
    /// `correct / reviews`; nil without reviews.
    public var correctShare: Double?
    /// First review of the day of cards already in review; Again = fail (as in `plenum stats`).
    public var trueRetention: LearnerStats.Retention
    /// Distinct cards in the student's log.
    public var cardsSeen: Int
    /// Cards whose memory stability is at least `ClassReport.masteredStabilityDays` days.
    public var cardsMastered: Int
    /// The date of the last review on the learners' clock (yyyy-MM-dd); nil without reviews.
    public var lastActive: String?
    /// The last review's time (ISO 8601, UTC); nil without reviews.
    public var lastActiveAt: String?
    /// Learning days from the last review to the report's time; nil without reviews.
    public var daysSinceActive: Int?
    /// Problems found in the student's log files (bad lines were skipped).
    public var logProblems: Int

    enum CodingKeys: String, CodingKey {
      case name, reviews, correct
      case correctShare = "correct_share"
      case trueRetention = "true_retention"
      case cardsSeen = "cards_seen"
      case cardsMastered = "cards_mastered"
      case lastActive = "last_active"
      case lastActiveAt = "last_active_at"
      case daysSinceActive = "days_since_active"
      case logProblems = "log_problems"
    }
  }

  /// How hard one card is for the class.
  public struct CardDifficulty: Sendable, Encodable, Equatable {
    public var card: String
    /// The card's question, or nil when the deck does not have the card.
    public var prompt: String?
    /// The card's answer, or nil when the deck does not have the card.
    public var answer: String?
    public var reviews: Int
    /// Reviews rated Again or judged wrong (a review that is both counts once).
    public var failures: Int
    /// `failures / reviews`.
    public var failureRate: Double
    /// Distinct students who reviewed the card.
    public var students: Int

    enum CodingKeys: String, CodingKey {
      case card, prompt, answer, reviews, failures, students
      case failureRate = "failure_rate"
    }
  }

  /// A wrong answer, normalized, with how often it was given.
  public struct WrongAnswer: Sendable, Encodable, Equatable {
    /// The answer trimmed of surrounding white space and lower-cased.
    public var answer: String
    public var count: Int
    /// `count` over all wrong answers to the card.
    public var share: Double
  }

  /// The most common wrong answers to one hard card.
  public struct Misconception: Sendable, Encodable, Equatable {
    public var card: String
    public var prompt: String?
    public var answer: String?
    public var failureRate: Double
    /// Non-empty answers judged wrong, all of them.
    public var wrongAnswers: Int
    /// The most common ones, most frequent first (at most `ClassReport.answersPerCard`).
    public var common: [WrongAnswer]

    enum CodingKeys: String, CodingKey {
      case card, prompt, answer, common
      case failureRate = "failure_rate"
      case wrongAnswers = "wrong_answers"
    }
  }

  /// A card counts as mastered from this FSRS stability (days of memory) up: Anki's "mature".
  public static let masteredStabilityDays = LearnerStatsBuilder.matureDays
  /// Cards reviewed by fewer students are left out of the difficulty table.
  public static let minimumStudents = 2
  /// Hard cards whose wrong answers are listed.
  public static let misconceptionCards = 10
  /// Wrong answers listed per hard card.
  public static let answersPerCard = 5

  /// The report's time (ISO 8601, UTC).
  public var generatedAt: String
  public var totalReviews: Int
  public var masteredStabilityDays: Double
  public var minimumStudents: Int
  public var students: [Student]
  /// Cards reviewed by at least `minimumStudents` students, hardest first.
  public var cards: [CardDifficulty]
  /// The wrong answers to the hardest cards that were failed at all, in the order of `cards`.
  public var misconceptions: [Misconception]

  enum CodingKeys: String, CodingKey {
    case students, cards, misconceptions
    case generatedAt = "generated_at"
    case totalReviews = "total_reviews"
    case masteredStabilityDays = "mastered_stability_days"
    case minimumStudents = "minimum_students"
  }
}
