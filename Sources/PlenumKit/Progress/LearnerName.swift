/// Checks that a learner name can safely be a folder name inside the progress root.
public enum LearnerName {
  /// The longest accepted name, in characters.
  public static let maximumLength = 64

  /// Returns `name` if it is a safe folder name, else throws a sentence naming it.
  ///
  /// Rejected: empty, longer than 64 characters, a path separator, "..", a leading dot
  /// (hidden, and the store's own `.devices`/`.lock`), or any control character.
  @discardableResult
  public static func validate(_ name: String) throws(ProgressError) -> String {
    func reject(_ reason: String) -> ProgressError {
      ProgressError(.invalidLearnerName(name: name, reason: reason))
    }
    if name.isEmpty { throw reject("it is empty") }
    if name.count > maximumLength {
      throw reject("it is longer than \(maximumLength) characters")
    }
    if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      throw reject("it contains a control character")
    }
    if name.contains("/") || name.contains("\\") {
      throw reject("it contains a path separator ('/' or '\\')")
    }
    if name.contains("..") { throw reject("it contains '..'") }
    if name.hasPrefix(".") { throw reject("it starts with a dot") }
    return name
  }
}
