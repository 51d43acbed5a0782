import Foundation

/// The parts of `plenum generate`'s deck JSON the tests read, decoded without PlenumKit so
/// the tests check the published format rather than the library's own model.
struct GeneratedDeck: Decodable {
  struct Card: Decodable {
    struct Expected: Decodable { var type: String }
    struct Source: Decodable {
      var locator: String
      var title: String
      var kind: String
      var origin: String?
      var date: String?
      /// As the session prints it after "Source: ".
      var label: String { "\(locator) — \(title)" }
      /// As `:source` prints it: the label, then kind, author or institution, and date.
      var fullCitation: String {
        label + "; "
          + [kind, origin.map { "by " + $0 }, date].compactMap { $0 }.joined(separator: ", ")
      }
    }
    var id: String
    var kind: String
    var prompt: String
    var answer: String
    var choices: [String]
    var items: [String]
    var forms: [String]
    var expected: Expected
    var explanation: String
    var sources: [Source]
  }

  var format: Int
  var id: String
  var title: String
  var cards: [Card]

  /// The card whose prompt, spaces folded, is `prompt`; when several share the prompt
  /// ("Which came first?"), the one whose choices or items are the `options` shown.
  func card(prompt: String, options: [String] = []) -> Card? {
    let wanted = folded(prompt)
    let matches = cards.filter { folded($0.prompt) == wanted }
    guard matches.count > 1 else { return matches.first }
    let shown = Set(options.map(folded))
    return matches.first { Set(($0.choices + $0.items).map(folded)) == shown } ?? matches.first
  }

  /// The default deck, generated once per test run.
  static func load(in sandbox: Sandbox, arguments: [String] = []) throws -> (GeneratedDeck, Data) {
    let result = try sandbox.run(["generate"] + arguments)
    guard result.status == 0 else {
      throw HarnessError("plenum generate failed with \(result.status): \(result.stderr)")
    }
    let data = Data(result.stdout.utf8)
    return (try JSONDecoder().decode(GeneratedDeck.self, from: data), data)
  }
}

/// `text` with runs of white space made single spaces (how wrapped lines rejoin).
func folded(_ text: String) -> String {
  text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
}
