import PlenumCorpus

@testable import PlenumKit

/// Writes `DefaultDeck+Generated.swift`: the default deck, its Hangul names and its folded
/// names as Swift values. Every non-ASCII character is written as a `\u{…}` escape, so the
/// compiled strings are the generated ones scalar for scalar.
enum DefaultDeckSource {
  static let relativePath = "Sources/PlenumKit/Generation/DefaultDeck+Generated.swift"

  static func render(deck: Deck, hangul: HangulNames, hash: UInt64) -> String {
    var out = """
      // swift-format-ignore-file
      // Generated from PlenumCorpus/Resources/august-1956.yaml by Tests/PlenumKitTests/Generation/
      // DefaultDeckSource.swift; do not edit. After a change to the corpus or the generator:
      //   PLENUM_WRITE_DEFAULT_DECK=1 swift test --filter DefaultDeckTests

      import PlenumCorpus

      extension DefaultDeck {
        static let generatedSourceHash: UInt64 = 0x\(String(hash, radix: 16, uppercase: true))

        static let generatedHangul: [String: String] = [

      """
    for (id, name) in hangul.byActorID.sorted(by: { $0.key < $1.key }) {
      out += "    \(literal(id)): \(literal(name)),\n"
    }
    out += "  ]\n\n  static let generatedFoldedNames: [(String, [String], String)] = [\n"
    var seen = Set<String>()
    for entry in deck.names {
      for name in entry.names where seen.insert(name).inserted {
        let folded = DefaultDeck.FoldedName(folding: name)
        out += "    (\(literal(name)), \(strings(folded.parts)), \(literal(folded.plain))),\n"
      }
    }
    out += "  ]\n\n  static func generatedDeck() -> Deck {\n    Deck(\n"
    out += "      id: \(literal(deck.id)), title: \(literal(deck.title)), "
    out += "corpus: \(literal(deck.corpus)), seed: \(deck.seed),\n"
    out += "      cards: generatedCards(), names: generatedNames())\n  }\n\n"
    out += "  private static func generatedNames() -> [NameEntry] {\n    [\n"
    for entry in deck.names {
      out += "      NameEntry(id: \(literal(entry.id)), kind: .\(entry.kind), "
      out += "names: \(strings(entry.names))),\n"
    }
    out += "    ]\n  }\n\n  private static func generatedCards() -> [Card] {\n    [\n"
    for card in deck.cards { out += source(of: card) }
    out += "    ]\n  }\n}\n"
    return out
  }

  private static func source(of c: Card) -> String {
    var out = "      Card(\n"
    out += "        id: \(literal(c.id)), fact: \(literal(c.fact)), kind: .\(c.kind),\n"
    out += "        prompt: \(literal(c.prompt)),\n"
    out += "        answer: \(literal(c.answer)), accept: \(strings(c.accept)),\n"
    out += "        choices: \(strings(c.choices)), items: \(strings(c.items)),\n"
    out += "        expected: \(expected(c.expected)),\n"
    out += "        forms: [\(c.forms.map { ".\($0)" }.joined(separator: ", "))],\n"
    out += "        explanation: \(literal(c.explanation)),\n"
    out += "        sources: [\n"
    for s in c.sources {
      out += "          CardSource(source: \(literal(s.source)), locator: \(literal(s.locator)), "
      out += "title: \(literal(s.title)), kind: \(literal(s.kind)), "
      out += "origin: \(optional(s.origin)), date: \(optional(s.date))),\n"
    }
    out += "        ],\n"
    out += "        topics: \(strings(c.topics)), disputed: \(c.disputed)),\n"
    return out
  }

  private static func expected(_ e: ExpectedAnswer) -> String {
    switch e {
    case .name(let id): ".name(id: \(literal(id)))"
    case .text(let accepted): ".text(accepted: \(strings(accepted)))"
    case .date(let date): ".date(\(historical(date)))"
    case .number(let value, let approximate, let unit):
      ".number(value: Double(bitPattern: 0x\(String(value.bitPattern, radix: 16))), "
        + "approximate: \(approximate), unit: \(optional(unit)))"
    case .choice: ".choice"
    case .order(let items): ".order(\(strings(items)))"
    case .truth(let value): ".truth(\(value))"
    }
  }

  private static func historical(_ date: HistoricalDate) -> String {
    func point(_ p: HistoricalDate.Point) -> String {
      "HistoricalDate.Point(year: \(p.year), season: \(p.season.map { ".\($0)" } ?? "nil"), "
        + "month: \(p.month.map(String.init) ?? "nil"), day: \(p.day.map(String.init) ?? "nil"))"
    }
    return "HistoricalDate(\(point(date.start)), to: \(date.end.map(point) ?? "nil"))"
  }

  private static func strings(_ values: [String]) -> String {
    "[" + values.map(literal).joined(separator: ", ") + "]"
  }

  private static func optional(_ value: String?) -> String { value.map(literal) ?? "nil" }

  /// A Swift string literal of `text`, ASCII only.
  static func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case " "..."~": out.unicodeScalars.append(scalar)
      default: out += "\\u{\(String(scalar.value, radix: 16))}"
      }
    }
    return out + "\""
  }
}
