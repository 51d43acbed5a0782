import ArgumentParser
import PlenumKit

/// The `plenum` command: study the August 1956 Plenum, generate decks, see progress.
public struct Plenum: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "plenum",
    abstract: "Study the August 1956 Plenum of the Korean Workers' Party with spaced repetition.")

  public init() {}

  public func run() throws {
    print(EmbeddedCorpus.schema.prefix(40))
  }
}
