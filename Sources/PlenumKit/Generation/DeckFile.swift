import Foundation

/// Reads and writes deck JSON: sorted keys and stable formatting, so the same deck is the
/// same bytes and a committed deck diffs cleanly.
public enum DeckFile {
  /// Why a deck could not be read.
  public enum ReadError: Error, Equatable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case malformed(path: String, reason: String)
    case unsupportedFormat(path: String, format: Int)

    public var description: String {
      switch self {
      case .missing(let path):
        "The deck '\(path)' does not exist. Make one with 'plenum generate --out \(path)' or check the path."
      case .unreadable(let path, let reason):
        "The deck '\(path)' cannot be read: \(reason)."
      case .malformed(let path, let reason):
        "The deck '\(path)' is not a valid Plenum deck: \(reason)."
      case .unsupportedFormat(let path, let format):
        "The deck '\(path)' has format \(format); this version of Plenum reads format \(Deck.formatVersion). Update Plenum or regenerate the deck."
      }
    }
  }

  /// Decks larger than this are refused rather than loaded into memory.
  public static let maximumSize = 64 << 20

  /// The deck's JSON bytes (with a final newline).
  public static func encode(_ deck: Deck) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Encoding plain value types cannot fail.
    var data = (try? encoder.encode(deck)) ?? Data()
    data.append(0x0A)
    return data
  }

  /// Decodes deck JSON, naming `path` in any error.
  public static func decode(_ data: Data, path: String) throws(ReadError) -> Deck {
    struct Header: Decodable { var format: Int? }
    let header: Header
    do {
      header = try JSONDecoder().decode(Header.self, from: data)
    } catch DecodingError.typeMismatch(_, let context) where !context.codingPath.isEmpty {
      // An object whose `format` is not a number ("1", true): saying "not a JSON object"
      // would send the user looking for the wrong mistake.
      throw .malformed(path: path, reason: "the field 'format' must be a whole number")
    } catch {
      throw .malformed(path: path, reason: "it is not a JSON object")
    }
    guard let format = header.format else {
      throw .malformed(path: path, reason: "the field 'format' is missing")
    }
    guard format == Deck.formatVersion else {
      throw .unsupportedFormat(path: path, format: format)
    }
    let deck: Deck
    do {
      deck = try JSONDecoder().decode(Deck.self, from: data)
    } catch let error as DecodingError {
      throw .malformed(path: path, reason: describe(error))
    } catch {
      throw .malformed(path: path, reason: "\(error)")
    }
    // Progress is keyed on card ids: two cards with one id would share a learner's history.
    var seen = Set<String>()
    for card in deck.cards where !seen.insert(card.id).inserted {
      throw .malformed(path: path, reason: "the card id '\(card.id)' appears more than once")
    }
    return deck
  }

  /// Reads a deck file.
  public static func read(path: String) throws(ReadError) -> Deck {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .missing(path: path)
    }
    if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a folder, not a file") }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: "permission denied")
    }
    defer { try? handle.close() }
    let data: Data
    do {
      data = try handle.read(upToCount: maximumSize + 1) ?? Data()
    } catch {
      throw .unreadable(path: path, reason: error.localizedDescription)
    }
    guard data.count <= maximumSize else {
      throw .unreadable(path: path, reason: "it is larger than \(maximumSize >> 20) MiB")
    }
    return try decode(data, path: path)
  }

  private static func describe(_ error: DecodingError) -> String {
    func location(_ path: [any CodingKey]) -> String {
      path.isEmpty
        ? "at the top level"
        : "at " + path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    switch error {
    case .keyNotFound(let key, let context):
      return "the field '\(key.stringValue)' is missing \(location(context.codingPath))"
    case .typeMismatch(let type, let context):
      return "expected \(type) \(location(context.codingPath))"
    case .valueNotFound(let type, let context):
      return "expected \(type) \(location(context.codingPath)), found null"
    case .dataCorrupted(let context):
      return "\(context.debugDescription) \(location(context.codingPath))"
    @unknown default:
      return "\(error)"
    }
  }
}
