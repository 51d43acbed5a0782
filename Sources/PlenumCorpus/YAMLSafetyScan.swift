internal import CYaml

/// A pass over libyaml's event stream before anything is built from the text.
///
/// Yams resolves an alias by sharing the anchored node, and hashes mapping keys to find
/// duplicates; an aliased key in a "billion laughs" file would then hash an exponential tree.
/// Events never expand, so this pass can refuse anchors, aliases, deep nesting, extra
/// documents and duplicate keys (naming both places) in time linear in the file size.
/// Yams links the same libyaml (its `CYaml` module), so both passes read the text alike.
struct YAMLSafetyScan {
  /// Deepest nesting of lists and maps accepted; a corpus needs 7.
  static let maxDepth = 64
  /// Stop scanning after this many problems; a hostile file could otherwise produce millions.
  static let maxProblems = 100

  /// A problem at a 1-based line and column.
  struct Problem: Equatable {
    var line: Int
    var column: Int
    var message: String
  }

  /// What the scan found: problems, and whether the stream holds no document at all.
  struct Result {
    var problems: [Problem] = []
    var isEmpty = false
  }

  private enum Frame {
    case sequence
    case mapping(expectingKey: Bool, keys: [String: (Int, Int)])
  }

  /// Scans `text` (UTF-8) and reports every structural problem it can find in one pass.
  static func scan(_ text: String) -> Result {
    var text = text
    return text.withUTF8 { bytes in scan(bytes: bytes) }
  }

  private static func scan(bytes: UnsafeBufferPointer<UInt8>) -> Result {
    var result = Result()
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      result.problems.append(
        Problem(line: 1, column: 1, message: "out of memory while reading the corpus"))
      return result
    }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)

    var stack: [Frame] = []
    var documents = 0
    var event = yaml_event_t()
    while result.problems.count < maxProblems {
      guard yaml_parser_parse(&parser, &event) == 1 else {
        result.problems.append(syntaxProblem(parser, bytes: bytes))
        return result
      }
      defer { yaml_event_delete(&event) }
      let line = Int(event.start_mark.line) + 1
      let column = Int(event.start_mark.column) + 1
      switch event.type {
      case YAML_STREAM_END_EVENT:
        result.isEmpty = documents == 0
        return result
      case YAML_DOCUMENT_START_EVENT:
        documents += 1
        if documents == 2 {
          result.problems.append(
            Problem(
              line: line, column: column,
              message:
                "a corpus is one YAML document, but a second one starts here; remove the extra `---`"
            ))
          return result
        }
      case YAML_ALIAS_EVENT:
        noteNode(&stack, key: nil, line: line, column: column, into: &result)
        let name = string(event.data.alias.anchor) ?? ""
        result.problems.append(
          Problem(
            line: line, column: column,
            message:
              "YAML aliases (*\(name)) are not allowed in a corpus; write the value out in full"))
      case YAML_SCALAR_EVENT:
        let value = String(
          decoding: UnsafeBufferPointer(
            start: event.data.scalar.value, count: event.data.scalar.length),
          as: UTF8.self)
        noteNode(&stack, key: value, line: line, column: column, into: &result)
        noteAnchor(event.data.scalar.anchor, line: line, column: column, into: &result)
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        noteNode(&stack, key: nil, line: line, column: column, into: &result)
        let isSequence = event.type == YAML_SEQUENCE_START_EVENT
        let anchor = isSequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
        noteAnchor(anchor, line: line, column: column, into: &result)
        stack.append(isSequence ? .sequence : .mapping(expectingKey: true, keys: [:]))
        if stack.count > maxDepth {
          result.problems.append(
            Problem(
              line: line, column: column,
              message:
                "lists and maps nest more than \(maxDepth) levels deep here; a corpus needs no more than 7"
            ))
          return result
        }
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        _ = stack.popLast()
      default:
        break
      }
    }
    return result
  }

  /// Flips the enclosing map between key and value, and reports a key seen twice in one map.
  private static func noteNode(
    _ stack: inout [Frame], key: String?, line: Int, column: Int, into result: inout Result
  ) {
    guard case .mapping(let expectingKey, var keys) = stack.last else { return }
    if expectingKey, let key {
      if let (firstLine, firstColumn) = keys[key] {
        result.problems.append(
          Problem(
            line: line, column: column,
            message:
              "the key \(CorpusTextRules.quoted(key)) appears twice in this map (first at line \(firstLine), column \(firstColumn)); keep one"
          ))
      } else {
        keys[key] = (line, column)
      }
    }
    stack[stack.count - 1] = .mapping(expectingKey: !expectingKey, keys: keys)
  }

  private static func noteAnchor(
    _ anchor: UnsafeMutablePointer<yaml_char_t>?, line: Int, column: Int, into result: inout Result
  ) {
    guard let name = string(anchor) else { return }
    result.problems.append(
      Problem(
        line: line, column: column,
        message: "YAML anchors (&\(name)) are not allowed in a corpus; write the value out in full")
    )
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    let name = String(cString: pointer)
    return String(CorpusTextRules.quoted(name).dropFirst().dropLast())
  }

  /// libyaml's own error, located: reader errors carry a byte offset, the others a mark.
  private static func syntaxProblem(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>)
    -> Problem
  {
    let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
    if parser.error == YAML_READER_ERROR {
      let (line, column) = position(ofByte: parser.problem_offset, in: bytes)
      if problem == "control characters are not allowed" {
        let scalar = Unicode.Scalar(UInt32(max(0, parser.problem_value))) ?? "\u{FFFD}"
        return Problem(
          line: line, column: column,
          message:
            "the file contains the control character \(CorpusTextRules.codePoint(scalar)); remove it"
        )
      }
      return Problem(
        line: line, column: column, message: "the file cannot be read as YAML: \(problem)")
    }
    if problem.hasPrefix("Maximum nesting level") {
      return Problem(
        line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
        message:
          "lists and maps nest more than \(maxDepth) levels deep here; a corpus needs no more than 7"
      )
    }
    var message = "invalid YAML: \(problem)"
    if let context = parser.context.map({ String(cString: $0) }) {
      message +=
        " (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
    }
    return Problem(
      line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
      message: message)
  }

  /// The 1-based line and column (in Unicode scalars) of a byte offset into UTF-8 text.
  static func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    var line = 1
    var column = 1
    for byte in bytes.prefix(offset) {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}
