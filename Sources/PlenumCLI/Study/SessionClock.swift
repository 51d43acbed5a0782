import Foundation

/// The time a study session runs at: the real clock or `PLENUM_NOW` (`StudyClock`), or a
/// test's own clock. Answer times are measured on it too, so it must not run backwards.
protocol SessionClock: AnyObject {
  /// The current time on this clock.
  var now: Date { get }
}

/// `StudyClock` as a session's clock (a class, so the session and its parts share one).
final class RunningStudyClock: SessionClock {
  private let clock: StudyClock

  init(_ clock: StudyClock) { self.clock = clock }

  var now: Date { clock.now }
}
