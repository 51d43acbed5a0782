import Foundation

/// Reading what `plenum` prints or writes as JSON, for tests that look at fields by name.
public enum JSONText {
  /// The JSON object in `text` (a `--json` output, one log line).
  public static func object(_ text: String) throws -> [String: Any] {
    guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    else { throw TestSupportError("not a JSON object: \(text.prefix(200))") }
    return object
  }

  /// The lines of a JSON Lines file, each with its 1-based number; a last line without its
  /// newline is kept (a torn write is something tests look for).
  public static func lines(ofFile path: String) throws -> [(number: Int, text: String)] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .filter { !$0.element.isEmpty }.map { ($0.offset + 1, String($0.element)) }
  }

  /// The objects of a JSON Lines file, in order; throws at the first line that is not one.
  public static func objects(ofFile path: String) throws -> [[String: Any]] {
    try lines(ofFile: path).map { line in
      do { return try object(line.text) } catch {
        throw TestSupportError("\(path):\(line.number): \(error)")
      }
    }
  }
}
