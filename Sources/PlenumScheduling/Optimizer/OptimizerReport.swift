/// The outcome of fitting FSRS-6 parameters to a review log: the parameters to use, and how
/// well the old and new parameters predict the log.
public struct OptimizerReport: Hashable, Sendable {
  /// The parameters to save and schedule with: the fitted ones when they predict the log better
  /// than the starting ones, otherwise the starting ones unchanged.
  public var weights: FSRSWeights
  /// What the fit produced (equal to the starting parameters when no fit was attempted).
  public var fittedWeights: FSRSWeights
  /// Mean log loss of the starting parameters over the scored reviews.
  public var logLossBefore: Double
  /// Mean log loss of the fitted parameters over the scored reviews.
  public var logLossAfter: Double
  /// RMSE(bins) of the starting parameters.
  public var rmseBinsBefore: Double
  /// RMSE(bins) of the fitted parameters.
  public var rmseBinsAfter: Double
  /// Scored reviews: reviews a day or more after the card's previous one.
  public var reviewsUsed: Int
  /// Cards with at least one scored review.
  public var cardsUsed: Int
  /// Whether the fitted parameters beat the starting ones (and so are in `weights`).
  public var improved: Bool
  /// Why no fit was attempted (the log is too short), or nil when it was.
  public var notFitted: OptimizerError?
}
