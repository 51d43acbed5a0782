/// Reviews whose time cannot be right, for `plenum doctor`: dated after now (a device's
/// clock ran ahead, or a wrong PLENUM_NOW) or before plenum could have written them.
///
/// They are kept and still counted; the scheduler takes times as given, so a review from
/// next year postpones its card until then, which is worth saying out loud.
public enum ReviewDateCheck {
  /// How far past now a review may be before it counts as future-dated: clocks of synced
  /// devices drift, and a review written a little ahead does no harm.
  public static let futureAllowance: Int64 = 86_400_000
  /// Reviews before this (2000-01-01T00:00:00Z) predate plenum by decades.
  public static let earliestPlausible: Int64 = 946_684_800_000

  /// One sentence per kind of implausible date found, empty when all are plausible.
  public static func problems(_ reviews: [ReviewRecord], now: Int64) -> [String] {
    var future: [ReviewRecord] = []
    var past: [ReviewRecord] = []
    for review in reviews {
      if review.at > now + futureAllowance { future.append(review) }
      if review.at < earliestPlausible { past.append(review) }
    }
    var problems: [String] = []
    if let latest = future.max(by: { $0.at < $1.at }) {
      problems.append(
        "\(count(future.count)) dated more than a day after now (\(LogTimestamp.format(now))), "
          + "the latest at \(LogTimestamp.format(latest.at)) (card \(latest.card)); a device's "
          + "clock or PLENUM_NOW was probably wrong. They are kept and counted as made then, "
          + "so their cards wait until after that date")
    }
    if let earliest = past.min(by: { $0.at < $1.at }) {
      problems.append(
        "\(count(past.count)) dated before 2000, the earliest at "
          + "\(LogTimestamp.format(earliest.at)) (card \(earliest.card)); a device's clock or "
          + "PLENUM_NOW was probably wrong. They are kept and counted as made then")
    }
    return problems
  }

  private static func count(_ n: Int) -> String { n == 1 ? "1 review is" : "\(n) reviews are" }
}
