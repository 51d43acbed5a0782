import Foundation

/// The review log as CSV for FSRS optimizers (the FSRS Optimizer / fsrs-rs revlog columns).
///
/// Columns: `card_id,review_time,review_rating,review_state,review_duration,elapsed_days`.
/// `review_time` is epoch milliseconds, `review_rating` 1–4, `review_duration` the response
/// time in milliseconds. `review_state` (0 New, 1 Learning, 2 Review, 3 Relearning) is known
/// only to the fold over the scheduler, so it is included only when a `state` function is
/// given. `elapsed_days` is the days since the same card's previous review by the caller's day
/// policy, -1 for a card's first review. RFC 4180: CRLF line ends, fields with a comma, quote
/// or line break in double quotes, quotes doubled.
public enum RevlogCSV {
  /// Renders `reviews` (in log order) as CSV.
  public static func export(
    _ reviews: [ReviewRecord], state: ((ReviewRecord) -> Int)? = nil,
    elapsedDays: (_ previousReview: Int64, _ thisReview: Int64) -> Int
  ) -> String {
    var header = ["card_id", "review_time", "review_rating"]
    if state != nil { header.append("review_state") }
    header += ["review_duration", "elapsed_days"]
    var out = header.joined(separator: ",") + "\r\n"
    var lastReview: [String: Int64] = [:]
    for review in reviews {
      let elapsed = lastReview[review.card].map { elapsedDays($0, review.at) } ?? -1
      lastReview[review.card] = review.at
      var fields = [field(review.card), String(review.at), String(review.rating.rawValue)]
      if let state { fields.append(String(state(review))) }
      fields += [String(review.ms), String(elapsed)]
      out += fields.joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// One field, quoted when RFC 4180 requires it.
  public static func field(_ text: String) -> String {
    guard
      text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
