/// An error the CLI knows how to report: a sentence (`description`, raw, possibly carrying
/// untrusted text: the console cleans it) and the category that picks the exit code.
public protocol CategorizedFailure: Error, CustomStringConvertible {
  var category: FailureCategory { get }
}
