import Foundation

/// Checks that a learner name can safely be a folder name inside the progress root.
public enum LearnerName {
  /// The longest accepted name, in characters.
  public static let maximumLength = 64
  /// The longest accepted name in UTF-8 bytes: the longest file name Linux allows.
  public static let maximumBytes = 255

  /// Returns the name in Unicode NFC if it is a safe folder name, else throws a sentence
  /// naming it.
  ///
  /// NFC, because one name typed on two keyboards (precomposed or decomposed Hangul) must be
  /// one learner, not two folders. Rejected: empty; longer than 64 characters or 255 bytes; not
  /// valid UTF-8 (two different invalid names would both read as U+FFFD and share a folder);
  /// only spaces, or spaces at either end; a path separator, "..", a leading dot (hidden, and
  /// the store's own `.lock`); a control character; an invisible formatting character
  /// (zero-width or bidirectional control), which makes two names look alike.
  @discardableResult
  public static func validate(_ typed: String) throws(ProgressError) -> String {
    let name = typed.precomposedStringWithCanonicalMapping
    func reject(_ reason: String) -> ProgressError {
      ProgressError(.invalidLearnerName(name: name, reason: reason))
    }
    if name.isEmpty { throw reject("it is empty") }
    if name.unicodeScalars.contains("\u{FFFD}") {
      throw reject("it is not valid UTF-8 (or holds U+FFFD, the replacement character)")
    }
    if name.count > maximumLength {
      throw reject("it is longer than \(maximumLength) characters")
    }
    if name.utf8.count > maximumBytes {
      throw reject("it is longer than \(maximumBytes) bytes in UTF-8, the longest folder name")
    }
    if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      throw reject("it contains a control character")
    }
    if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .format }) {
      throw reject("it contains an invisible formatting character (zero-width or bidirectional)")
    }
    if name.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
      throw reject("it is only spaces")
    }
    if let first = name.unicodeScalars.first, let last = name.unicodeScalars.last,
      first.properties.isWhitespace || last.properties.isWhitespace
    {
      throw reject("it starts or ends with a space")
    }
    if name.contains("/") || name.contains("\\") {
      throw reject("it contains a path separator ('/' or '\\')")
    }
    if name.contains("..") { throw reject("it contains '..'") }
    if name.hasPrefix(".") { throw reject("it starts with a dot") }
    return name
  }
}
