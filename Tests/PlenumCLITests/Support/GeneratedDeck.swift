import Foundation

/// The parts of `plenum generate`'s deck JSON the tests read, decoded without PlenumKit so
/// the tests check the published format rather than the library's own model.
struct GeneratedDeck: Decodable {
  struct Card: Decodable {
    struct Expected: Decodable { var type: String }
    struct Source: Decodable {
      var locator: String
      var title: String
      /// As the session prints it after "Source: ".
      var label: String { "\(locator) — \(title)" }
    }
    var id: String
    var kind: String
    var prompt: String
    var answer: String
    var choices: [String]
    var forms: [String]
    var expected: Expected
    var explanation: String
    var sources: [Source]
  }

  var format: Int
  var id: String
  var title: String
  var cards: [Card]

  /// The card whose prompt, spaces folded, is `prompt`.
  func card(prompt: String) -> Card? {
    let wanted = folded(prompt)
    return cards.first { folded($0.prompt) == wanted }
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
