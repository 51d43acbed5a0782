import Foundation

extension LogTimestamp {
  /// The instant `epochMilliseconds` names.
  public static func date(_ epochMilliseconds: Int64) -> Date {
    Date(timeIntervalSince1970: Double(epochMilliseconds) / 1000)
  }
}

extension ReviewRecord {
  /// When the learner rated the card.
  public var date: Date { LogTimestamp.date(at) }
}
