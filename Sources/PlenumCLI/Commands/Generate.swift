import ArgumentParser
import Foundation
import PlenumCorpus
import PlenumExport
import PlenumKit

extension DeckExportFormat: ExpressibleByArgument {}

/// `plenum generate`: build a deck from a corpus, as JSON or as a class kit.
struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Generate a deck (JSON) or a class kit (Markdown quiz, Anki, CSV) from a corpus.",
    discussion: """
      The same corpus, options and seed always give the same output, byte for byte.
      Kinds: \(CardKind.allCases.map(\.rawValue).joined(separator: ", ")).
      """)

  @Option(help: "A corpus YAML file (default: the embedded August 1956 corpus).")
  var corpus: String?

  @Option(help: "Output format: json, markdown, anki, apkg or csv.")
  var format: DeckExportFormat = .json

  @Option(help: "Only these kinds of card (comma-separated).")
  var kinds: String?

  @Option(help: "Only cards about these actor ids (comma-separated).")
  var actors: String?

  @Option(help: "Only cards about these faction ids (comma-separated).")
  var factions: String?

  @Option(help: "Only cards about these event ids (comma-separated).")
  var events: String?

  @Option(help: "Only cards dated from this date (1956, 1956-08, 1956-08-30).")
  var from: String?

  @Option(help: "Only cards dated up to this date.")
  var to: String?

  @Option(help: "At most this many cards, chosen from the seed.")
  var size: Int?

  @Option(help: "The seed for choices, distractors and variants.")
  var seed: UInt64 = 1956

  @Option(help: "The deck title.")
  var title: String?

  @Option(help: "The deck id (letters, digits and '-').")
  var id: String?

  @Option(help: "Markdown only: this many versions with shuffled order and choices.")
  var variants: Int = 1

  @Option(help: "Write to this file instead of standard output.")
  var out: String?

  @Flag(
    help: """
      Check the deck for giveaways, second right answers, authoring notes, empty explanations \
      and balance instead of writing it; exit 65 when a card breaks a rule.
      """)
  var check = false

  func validate() throws {
    if let size, size < 1 { throw ValidationError("--size must be at least 1; got \(size).") }
    if !(1...26).contains(variants) {
      throw ValidationError("--variants must be between 1 and 26; got \(variants).")
    }
    if variants > 1 && format != .markdown {
      throw ValidationError("--variants goes with --format markdown.")
    }
    if format == .apkg && out == nil {
      throw ValidationError("--format apkg writes a binary package; give it a file with --out.")
    }
    if let id,
      id.isEmpty || !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
    {
      let message: ConsoleText = "The deck id '\(id)' may hold only letters, digits and '-'."
      throw ValidationError(message.text)
    }
  }

  func run() throws {
    let corpus = try CorpusSource.load(self.corpus)
    try KnownNames.checkTopics(actors: actors, factions: factions, events: events, in: corpus)
    let options = try deckOptions()
    let deck = DeckGenerator(corpus: corpus).generate(options)
    if check {
      // Balance is a property of a whole deck; a filtered one is checked card by card.
      let whole = !options.isFiltered && options.size == nil
      let findings = DeckLinter(corpus: corpus).lint(deck, balance: whole)
      let report = DeckLinter.report(findings, deck: deck)
      Console.write(Data(ConsoleText(untrusted: report, keepNewlines: true).text.utf8))
      if !findings.isEmpty {
        throw PlenumError(
          "The deck breaks \(findings.count) rule(s); see the list above.", .badData)
      }
      return
    }
    guard !deck.cards.isEmpty else {
      throw PlenumError(
        "No card matches these filters; nothing was written. Widen --kinds, the topics or the dates.",
        .usage)
    }
    if let size, deck.cards.count < size {
      Console.note(
        Self.shortfallWarning(cards: deck.cards.count, size: size, filtered: options.isFiltered))
    }
    switch format {
    case .json: try emit(DeckFile.encode(deck), to: out)
    case .csv: try emit(Data(CardCSV.render(deck).utf8), to: out)
    case .anki: try emit(Data(AnkiText.render(deck).utf8), to: out)
    case .markdown: try writeMarkdown(deck)
    case .apkg: try emit(try AnkiPackage.build(deck), to: out)
    }
  }

  /// Says that the deck is smaller than `--size` asked, and why: the filters, or the corpus.
  static func shortfallWarning(cards: Int, size: Int, filtered: Bool) -> ConsoleText {
    let what = filtered ? "the filters left" : "the corpus yields"
    let noun = cards == 1 ? "card" : "cards"
    return "generate: \(what) \(cards) \(noun), fewer than --size \(size); writing \(cards)."
  }

  private func deckOptions() throws(PlenumError) -> DeckOptions {
    var options = DeckOptions(id: id, title: title, seed: seed, size: size)
    if let kinds {
      var set = Set<CardKind>()
      for name in Self.list(kinds) {
        guard let kind = CardKind(rawValue: name) else {
          throw PlenumError(
            "'\(name)' is not a kind of card; choose from "
              + "\(CardKind.allCases.map(\.rawValue).joined(separator: ", ")).", .usage)
        }
        set.insert(kind)
      }
      options.kinds = set
    }
    options.topics = Set([actors, factions, events].compactMap { $0 }.flatMap(Self.list))
    options.from = try from.map { text throws(PlenumError) in try Self.date(text, flag: "--from") }
    options.to = try to.map { text throws(PlenumError) in try Self.date(text, flag: "--to") }
    return options
  }

  static func list(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  static func date(_ text: String, flag: String) throws(PlenumError) -> HistoricalDate {
    do {
      return try HistoricalDate.parse(text)
    } catch {
      throw PlenumError("\(flag): \(error.description).", .usage)
    }
  }

  private func writeMarkdown(_ deck: Deck) throws(PlenumError) {
    let variants = MarkdownQuiz(deck: deck).variants(variants, seed: seed)
    guard let out else {
      for variant in variants {
        Console.write(Data((variant.quiz + "\n---\n\n" + variant.key + "\n").utf8))
      }
      return
    }
    let base = out.hasSuffix(".md") ? String(out.dropLast(3)) : out
    for variant in variants {
      let stem = variants.count > 1 ? "\(base)-\(variant.name)" : base
      try emit(Data(variant.quiz.utf8), to: stem + ".md")
      try emit(Data(variant.key.utf8), to: stem + "-key.md")
    }
  }

  /// Writes atomically (a temporary file renamed into place) or to standard output.
  private func emit(_ data: Data, to path: String?) throws(PlenumError) {
    guard let path else {
      Console.write(data)
      return
    }
    try OutputFile.write(data, to: path)
    Console.note("Wrote \(path).")
  }
}
