import ArgumentParser

/// The exit codes `plenum` uses, one per kind of failure (documented in the README).
public enum ExitStatus {
  /// Everything worked.
  public static let success: Int32 = 0
  /// A study answer was judged wrong by `plenum grade` (so scripts can test answers).
  public static let wrongAnswer: Int32 = 1
  /// A flag, argument or value on the command line is not understood (ArgumentParser's 64).
  public static let usage: Int32 = 64
  /// A corpus, deck, settings or log file is malformed.
  public static let badData: Int32 = 65
  /// A deck, corpus or folder given does not exist or cannot be read.
  public static let noInput: Int32 = 66
  /// The learner name is not allowed.
  public static let badLearner: Int32 = 67
  /// A card id is not in the deck.
  public static let unknownCard: Int32 = 68
  /// The progress folder cannot be created or written.
  public static let cannotWrite: Int32 = 73
  /// Reading or writing failed part way (disk full, I/O error).
  public static let ioError: Int32 = 74
  /// The environment is wrong: a bad `PLENUM_NOW`, `PLENUM_PROGRESS` or settings value.
  public static let badEnvironment: Int32 = 78
}

/// A failure of a command: the sentence to print on stderr (clean: see `ConsoleText`) and
/// its category, which picks the exit code (`FailureCategory.exitCode`).
public struct PlenumError: CategorizedFailure {
  public var message: ConsoleText
  public var category: FailureCategory

  public init(_ message: ConsoleText, _ category: FailureCategory) {
    self.message = message
    self.category = category
  }

  /// A kit error, with its own sentence and category.
  public init(_ failure: some CategorizedFailure) {
    self.init(ConsoleText(untrusted: failure.description), failure.category)
  }

  /// A failure already explained on standard output (a doctor's list, a grade's verdict):
  /// only the exit code is left to give.
  public static func quiet(_ category: FailureCategory) -> PlenumError {
    PlenumError("", category)
  }

  /// The exit code to leave with.
  public var code: Int32 { category.exitCode }

  public var description: String { message.text }
}
