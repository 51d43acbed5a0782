import PlenumCorpus
import PlenumExport
import PlenumKit
import PlenumProgress
import PlenumScheduling

// The category of each kit error, in one place: the kit knows nothing of exit codes.

extension ProgressError: CategorizedFailure {
  public var category: FailureCategory {
    switch kind {
    case .invalidLearnerName: .badLearner
    case .diskFull, .fileTooLarge: .ioError
    case .invalidDeviceID, .unrepresentableTime: .badEnvironment
    case .unreadableSettings, .invalidSetting: .badEnvironment
    default: .cannotWrite
    }
  }
}

extension DeckFile.ReadError: CategorizedFailure {
  public var category: FailureCategory {
    switch self {
    case .missing, .unreadable: .noInput
    case .malformed, .unsupportedFormat: .badData
    }
  }
}

extension CorpusLoadFailure: CategorizedFailure {
  public var category: FailureCategory { .badData }
}

extension ClassRoster.Failure: CategorizedFailure {
  public var category: FailureCategory { .noInput }
}

extension OptimizerError: CategorizedFailure {
  public var category: FailureCategory { .badData }
}

extension AnkiPackageError: CategorizedFailure {
  public var category: FailureCategory {
    switch self {
    case .temporaryFile: .cannotWrite
    case .database, .tooLarge: .ioError
    }
  }
}
