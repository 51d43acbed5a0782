import ArgumentParser
import Foundation
import PlenumCorpus
import PlenumKit

/// `plenum corpus …`: check a corpus, print the embedded one, or print the format.
struct CorpusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus",
    abstract: "Check, export or describe corpora (the cited facts decks are made from).",
    subcommands: [Check.self, Export.self, Schema.self])

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate a corpus file (default: the embedded corpus) and list every problem.")

    @Argument(help: "The corpus YAML file.")
    var file: String?

    func run() throws {
      let corpus = try CorpusSource.load(file)
      let deck = DeckGenerator(corpus: corpus).generate()
      Console.say(
        "\(file ?? EmbeddedCorpus.fileName): ok — \(corpus.sources.count) sources, "
          + "\(corpus.actors.count) actors, \(corpus.factions.count) factions, "
          + "\(corpus.events.count) events, \(corpus.quantities.count) figures, "
          + "\(corpus.claims.count) claims; \(deck.cards.count) cards.")
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the embedded corpus, to start a new one from it.")

    func run() throws {
      Console.write(Data(EmbeddedCorpus.yaml.utf8))
    }
  }

  struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print the corpus format: every field, with examples.")

    func run() throws {
      Console.write(Data(EmbeddedCorpus.schema.utf8))
    }
  }
}
