/// What kind of failure ended a command: the one thing the exit code depends on.
///
/// Kit errors say nothing about exit codes; the CLI gives each a category
/// (CategorizedFailure+Kit.swift) and `exitCode` maps the category to the documented code.
public enum FailureCategory: Sendable, CaseIterable {
  /// `plenum grade` judged the answer close or wrong.
  case wrongAnswer
  /// A flag, argument or value on the command line is not understood.
  case usage
  /// A corpus, deck, settings or log file is malformed.
  case badData
  /// A deck, corpus or folder given does not exist or cannot be read.
  case noInput
  /// The learner name is not allowed.
  case badLearner
  /// A card id is not in the deck.
  case unknownCard
  /// The progress folder cannot be created or written.
  case cannotWrite
  /// Reading or writing failed part way (disk full, file too large).
  case ioError
  /// A bad `PLENUM_NOW`, `PLENUM_PROGRESS`, `PLENUM_DEVICE`, … or settings value.
  case badEnvironment

  /// The exit code documented in the README for this category (the one mapping).
  public var exitCode: Int32 {
    switch self {
    case .wrongAnswer: ExitStatus.wrongAnswer
    case .usage: ExitStatus.usage
    case .badData: ExitStatus.badData
    case .noInput: ExitStatus.noInput
    case .badLearner: ExitStatus.badLearner
    case .unknownCard: ExitStatus.unknownCard
    case .cannotWrite: ExitStatus.cannotWrite
    case .ioError: ExitStatus.ioError
    case .badEnvironment: ExitStatus.badEnvironment
    }
  }
}
