import Foundation
import PlenumCorpus
import Testing

@testable import PlenumKit

/// The precomputed default deck (`DefaultDeck+Generated.swift`) is the generator's output for
/// the embedded corpus, and is set aside when either changes.
@Suite struct DefaultDeckTests {
  let fresh = EmbeddedDeck.deck
  let corpus = EmbeddedDeck.corpus

  @Test func theGeneratedFileIsCurrent() throws {
    let url = EmbeddedDeck.packageRoot.appendingPathComponent(DefaultDeckSource.relativePath)
    let expected = DefaultDeckSource.render(
      deck: fresh, hangul: HangulNames(corpus: corpus), hash: DefaultDeck.sourceHash)
    if ProcessInfo.processInfo.environment["PLENUM_WRITE_DEFAULT_DECK"] == "1" {
      try Data(expected.utf8).write(to: url, options: .atomic)
    }
    let committed = try String(contentsOf: url, encoding: .utf8)
    #expect(
      committed == expected,
      "\(DefaultDeckSource.relativePath) is stale: run 'PLENUM_WRITE_DEFAULT_DECK=1 swift test --filter DefaultDeckTests', then build again"
    )
    #expect(DefaultDeck.isCurrent, "the compiled stamp differs from the embedded corpus's")
  }

  @Test func theCompiledDeckIsTheGeneratedOneByteForByte() throws {
    let current = try #require(DefaultDeck.current)
    #expect(current.deck == fresh)
    #expect(DeckFile.encode(current.deck) == DeckFile.encode(fresh))
    let committed = try Data(
      contentsOf: EmbeddedDeck.packageRoot.appendingPathComponent("decks/august-1956.json"))
    #expect(DeckFile.encode(current.deck) == committed)
  }

  @Test func theCompiledHangulNamesAreTheCorpusOnes() throws {
    let current = try #require(DefaultDeck.current)
    #expect(current.hangul.byActorID == HangulNames(corpus: corpus).byActorID)
    #expect(!current.hangul.byActorID.isEmpty)
  }

  @Test func everyNameOfTheDeckIsFoldedAsTheSlowPathFoldsIt() throws {
    let table = try #require(DefaultDeck.foldedNames)
    let names = Set(fresh.names.flatMap(\.names))
    #expect(Set(table.keys) == names)
    for name in names {
      #expect(table[name] == DefaultDeck.FoldedName(folding: name), "\(name)")
    }
  }

  @Test func theStampChangesWithTheCorpusAndTheGeneratorVersion() {
    let yaml = Array(EmbeddedCorpus.yaml.utf8)
    let stamp = DefaultDeck.sourceHash(yaml: yaml, generatorVersion: DeckGenerator.version)
    #expect(stamp == DefaultDeck.sourceHash)
    var edited = yaml
    edited[edited.count / 2] ^= 0x01
    #expect(DefaultDeck.sourceHash(yaml: edited, generatorVersion: DeckGenerator.version) != stamp)
    #expect(
      DefaultDeck.sourceHash(yaml: yaml, generatorVersion: DeckGenerator.version + 1) != stamp)
    #expect(DefaultDeck.sourceHash(yaml: yaml + [0x0A], generatorVersion: 1) != stamp)
  }

  /// The compiled deck skips loading the corpus, so it must have had nothing to warn about.
  @Test func theEmbeddedCorpusLoadsWithoutWarnings() throws {
    let loaded = try CorpusLoader.loadEmbedded()
    #expect(loaded.warnings.isEmpty)
  }
}
