import Foundation
import Yams

/// Turns a composed YAML tree into the corpus model by hand, so every problem is reported at
/// the node that causes it and every entry's position lands in `CorpusMarks`.
///
/// Broken entries still produce a model value (empty strings for missing text) so that the
/// semantic checks can run in the same pass; the loader discards the corpus if any error exists.
struct CorpusDecoder {
  /// The keys one YAML map holds, after checking them against the keys its entry allows.
  struct Fields {
    var path: String
    /// How messages name the entry: "actor 'choe-changik'", or "an actor" before its id is known.
    var subject: String
    var position: (line: Int, column: Int)
    var values: [String: Node]
    /// Keys not allowed here, reported once the entry's id names it (`reportUnknownKeys`).
    var unknownKeys: [(key: String, line: Int, column: Int)] = []
    var allowed: [String] = []
  }

  var marks: CorpusMarks
  var diagnostics: [CorpusDiagnostic] = []

  init(fileName: String) {
    marks = CorpusMarks(fileName: fileName)
  }

  // MARK: - Reporting

  mutating func report(_ message: String, at position: (line: Int, column: Int)) {
    diagnostics.append(
      CorpusDiagnostic(
        file: marks.fileName, line: position.line, column: position.column, message: message))
  }

  func position(of node: Node?, else fallback: (line: Int, column: Int)) -> (line: Int, column: Int)
  {
    guard let mark = node?.mark else { return fallback }
    return (mark.line, mark.column)
  }

  mutating func record(_ path: String, _ node: Node?, else fallback: (line: Int, column: Int)) {
    let at = position(of: node, else: fallback)
    marks.record(path, line: at.line, column: at.column)
  }

  /// "a map", "a list", "a number", "a boolean", "nothing", "a string".
  static func kindName(_ node: Node) -> String {
    switch node {
    case .mapping: return "a map"
    case .sequence: return "a list"
    case .alias: return "an alias"
    case .scalar:
      switch Self.tagName(node) {
      case .null: return "nothing"
      case .int, .float: return "a number"
      case .bool: return "a boolean"
      default: return "a string"
      }
    }
  }

  /// The resolved tag of a node (`Tag.name` itself is not public).
  static func tagName(_ node: Node) -> Tag.Name { Tag.Name(rawValue: node.tag.rawValue) }

  static func isNull(_ node: Node) -> Bool {
    if case .scalar = node { return Self.tagName(node) == .null }
    return false
  }

  // MARK: - Maps

  /// Reads a map whose keys must come from `allowed`; nil (after a diagnostic) if not a map.
  mutating func fields(
    _ node: Node, path: String, subject: String, allowed: [String], parent: (line: Int, column: Int)
  ) -> Fields? {
    let at = position(of: node, else: parent)
    guard case .mapping(let mapping) = node else {
      report("\(subject) must be a map of keys; found \(Self.kindName(node))", at: at)
      return nil
    }
    marks.record(path, line: at.line, column: at.column)
    var result = Fields(path: path, subject: subject, position: at, values: [:])
    result.allowed = allowed
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        report(
          "a key in \(subject) is \(Self.kindName(key)); keys are plain words",
          at: position(of: key, else: at))
        continue
      }
      guard allowed.contains(scalar.string) else {
        let keyAt = position(of: key, else: at)
        result.unknownKeys.append((scalar.string, keyAt.line, keyAt.column))
        continue
      }
      result.values[scalar.string] = value
      record("\(path).\(scalar.string)", value, else: at)
    }
    return result
  }

  /// Reports the keys `fields` does not allow, naming the entry as it is now known.
  mutating func reportUnknownKeys(_ fields: Fields) {
    for unknown in fields.unknownKeys {
      // A misspelling of a key the entry lacks is the likely story ("nmae" for "name").
      let guess = fields.allowed.first { key in
        fields.values[key] == nil && unknown.key.count < 40
          && CorpusCheck.editDistance(unknown.key, key) <= 2
      }
      report(
        "unknown key \(CorpusTextRules.quoted(unknown.key)) in \(fields.subject)"
          + (guess.map { " (did you mean `\($0)`?)" } ?? "") + "; allowed keys are "
          + fields.allowed.joined(separator: ", "),
        at: (unknown.line, unknown.column))
    }
  }

  /// Reads the entry's `id`, reports a missing or malformed one, and names the entry by it.
  mutating func identify(_ fields: inout Fields, as kind: String) -> String {
    let id = self.id(fields, "id") ?? ""
    guard !id.isEmpty else { return id }
    // Keep the parent: "a role in actor 'x'" becomes "role 'y' in actor 'x'".
    let suffix =
      fields.subject.range(of: " in ").map { String(fields.subject[$0.lowerBound...]) } ?? ""
    fields.subject = "\(kind) \(CorpusTextRules.quoted(id))" + suffix
    return id
  }

  // MARK: - Scalars

  /// A text field; `prose` (summaries, the description) allows line breaks and tabs inside.
  mutating func string(_ fields: Fields, _ key: String, required: Bool = true, prose: Bool = false)
    -> String?
  {
    guard let node = fields.values[key], !Self.isNull(node) else {
      if fields.values[key] != nil {
        report(
          "`\(key)` in \(fields.subject) is empty",
          at: position(of: fields.values[key], else: fields.position))
      } else if required {
        report("\(fields.subject) has no `\(key)`", at: fields.position)
      }
      return nil
    }
    return text(node, key: key, in: fields, prose: prose)
  }

  /// The text of a scalar, with the checks every corpus string gets.
  mutating func text(_ node: Node, key: String, in fields: Fields, prose: Bool = false) -> String? {
    let at = position(of: node, else: fields.position)
    guard case .scalar(let scalar) = node else {
      report("`\(key)` in \(fields.subject) must be a string; found \(Self.kindName(node))", at: at)
      return nil
    }
    var text = scalar.string
    // A block scalar (`|`, `>`) ends with a newline the author did not mean as text.
    while text.hasSuffix("\n") { text.removeLast() }
    if text.allSatisfy(\.isWhitespace) {
      report("`\(key)` in \(fields.subject) is empty", at: at)
      return nil
    }
    if let bad = CorpusTextRules.firstForbidden(in: text, prose: prose) {
      let what =
        bad == "\n"
        ? "a line break; write it on one line"
        : "the control character \(CorpusTextRules.codePoint(bad)); remove it"
          + (prose ? " (only line breaks and tabs are allowed in `\(key)`)" : "")
      report("`\(key)` in \(fields.subject) contains \(what)", at: at)
      return nil
    }
    return text
  }

  /// An id field: required text in id syntax.
  mutating func id(_ fields: Fields, _ key: String, required: Bool = true) -> String? {
    guard let text = string(fields, key, required: required) else { return nil }
    return checkedID(
      text, key: key, in: fields, at: position(of: fields.values[key], else: fields.position))
  }

  /// Reports an id that breaks the syntax, but keeps it so references to it still resolve.
  mutating func checkedID(
    _ text: String, key: String, in fields: Fields, at: (line: Int, column: Int)
  ) -> String {
    if !CorpusTextRules.isValidID(text) {
      report(
        "\(CorpusTextRules.quoted(text)) in `\(key)` of \(fields.subject) is not a valid id; use lower-case "
          + "letters, digits and inner hyphens, at most \(CorpusTextRules.maxIDLength) characters (like 'choe-changik')",
        at: at)
    }
    return text
  }

  mutating func date(_ fields: Fields, _ key: String) -> HistoricalDate? {
    guard let text = string(fields, key, required: false) else { return nil }
    return parseDate(
      text, key: key, in: fields, at: position(of: fields.values[key], else: fields.position))
  }

  mutating func parseDate(
    _ text: String, key: String, in fields: Fields, at: (line: Int, column: Int)
  ) -> HistoricalDate? {
    do {
      return try HistoricalDate.parse(text)
    } catch {
      report("`\(key)` in \(fields.subject): \(error)", at: at)
      return nil
    }
  }

  mutating func number(_ fields: Fields, _ key: String) -> Double? {
    guard let node = fields.values[key] else {
      report("\(fields.subject) has no `\(key)`", at: fields.position)
      return nil
    }
    let at = position(of: node, else: fields.position)
    if case .scalar(let scalar) = node {
      let value: Double? =
        switch Self.tagName(node) {
        case .int: Int.construct(from: scalar).map(Double.init)
        case .float: Double.construct(from: scalar)
        default: nil
        }
      if let value, value.isFinite { return value }
    }
    report(
      "`\(key)` in \(fields.subject) must be a finite number; found \(Self.kindName(node))", at: at)
    return nil
  }

  mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
    guard let node = fields.values[key] else { return nil }
    if case .scalar(let scalar) = node, Self.tagName(node) == .bool,
      let value = Bool.construct(from: scalar)
    {
      return value
    }
    report(
      "`\(key)` in \(fields.subject) must be true or false; found \(Self.kindName(node))",
      at: position(of: node, else: fields.position))
    return nil
  }

  // MARK: - Lists

  /// The items of a list field with their positions; an absent or empty (`~`) field is no items.
  mutating func items(_ fields: Fields, _ key: String) -> [Node] {
    guard let node = fields.values[key], !Self.isNull(node) else { return [] }
    guard case .sequence(let sequence) = node else {
      report(
        "`\(key)` in \(fields.subject) must be a list; found \(Self.kindName(node))",
        at: position(of: node, else: fields.position))
      return []
    }
    return Array(sequence)
  }

  /// A list of strings (aliases); each item is recorded at `path.key[i]`.
  mutating func strings(_ fields: Fields, _ key: String) -> [String] {
    var result: [String] = []
    for item in items(fields, key) {
      guard let text = text(item, key: key, in: fields) else { continue }
      record("\(fields.path).\(key)[\(result.count)]", item, else: fields.position)
      result.append(text)
    }
    return result
  }

  /// A list of id references; each item is recorded at `path.key[i]`.
  mutating func ids(_ fields: Fields, _ key: String) -> [String] {
    var result: [String] = []
    for item in items(fields, key) {
      guard let text = text(item, key: key, in: fields) else { continue }
      let at = position(of: item, else: fields.position)
      record("\(fields.path).\(key)[\(result.count)]", item, else: fields.position)
      result.append(checkedID(text, key: key, in: fields, at: at))
    }
    return result
  }
}
