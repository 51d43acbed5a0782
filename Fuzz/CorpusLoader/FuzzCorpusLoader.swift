import Foundation
import PlenumCorpus
import PlenumExport
import PlenumKit

/// libFuzzer entry: any bytes as a corpus file. Loading must either succeed or fail with
/// diagnostics; a loaded corpus must generate a deck that survives a JSON round trip and whose
/// Markdown quiz carries no terminal control characters.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCorpusLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  // Invalid UTF-8 is refused before parsing by `load(contentsOf:)`; here it becomes U+FFFD so
  // every input still reaches the YAML layers.
  let text = String(decoding: bytes, as: UTF8.self)
  let loaded: (corpus: Corpus, warnings: [CorpusDiagnostic])
  do {
    loaded = try CorpusLoader.load(yaml: text, fileName: "fuzz.yaml")
  } catch {
    precondition(!error.errors.isEmpty, "a load failure without an error")
    _ = error.description
    return 0
  }
  for warning in loaded.warnings { _ = warning.description }
  let deck = DeckGenerator(corpus: loaded.corpus).generate()
  let encoded = DeckFile.encode(deck)
  precondition(encoded.count > 1, "a generated deck encoded to nothing")
  do {
    let decoded = try DeckFile.decode(encoded, path: "round-trip.json")
    precondition(decoded == deck, "a generated deck changed in a JSON round trip")
  } catch {
    preconditionFailure("a generated deck does not read back: \(error)")
  }
  for variant in MarkdownQuiz(deck: deck).variants(1, seed: 1) {
    for scalar in (variant.quiz + variant.key).unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x09: continue
      case 0x00...0x1F, 0x7F...0x9F:
        preconditionFailure("the Markdown quiz holds the control character \(scalar.value)")
      default: continue
      }
    }
  }
  return 0
}
