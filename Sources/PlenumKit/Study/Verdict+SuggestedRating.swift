import PlenumProgress
import PlenumScheduling

extension Verdict {
  /// The rating the study loop offers on Enter after this verdict: correct → Good (Hard
  /// after a hint), close → Hard, wrong or skipped → Again. The learner may choose another.
  public func suggestedRating(hinted: Bool) -> Rating {
    switch self {
    case .correct: hinted ? .hard : .good
    case .close: .hard
    case .wrong: .again
    case .skipped: .again
    }
  }
}
