import ArgumentParser

/// The deck a command reads: `--deck FILE`, as in every command that takes a deck.
///
/// `study`, `stats` and `doctor` once took the deck as a positional argument; that spelling
/// still works (hidden from help) so scripts keep running, but not together with `--deck`.
struct DeckChoice: ParsableArguments {
  @Option(help: "A deck JSON file (default: the deck built from the embedded corpus).")
  var deck: String?

  @Argument(help: .hidden)
  var positionalDeck: String?

  /// The deck file given either way, or nil for the default deck.
  var path: String? { deck ?? positionalDeck }

  func validate() throws {
    if let deck, let positionalDeck {
      let message: ConsoleText =
        "The deck is given twice ('--deck \(deck)' and '\(positionalDeck)'); give it once, "
        + "with --deck."
      throw ValidationError(message.text)
    }
  }
}
