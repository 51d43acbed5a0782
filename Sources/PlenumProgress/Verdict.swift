/// How the answer checker graded an answer, as the review log keeps it; `skipped` is
/// recorded when the learner passes. A log line with any other verdict is reported as a
/// problem (like a rating of 5), never read as one of these.
public enum Verdict: String, Hashable, Sendable, CaseIterable, Codable {
  case correct, close, wrong, skipped
}
