import Foundation

extension QuestionBuilder {
  /// Gap-filling questions over the corpus's own event summaries (`{{…}}` spans; a span may
  /// list other accepted spellings after `|`).
  func clozeCards() -> [Card] {
    return index.corpus.events.filter { $0.ask.includes("cloze") }.flatMap { event -> [Card] in
      let spans = Self.clozeSpans(event.summary)
      return spans.enumerated().map { number, span in
        var text = event.summary
        text.replaceSubrange(span.range, with: "_____")
        let prompt = "Fill in the gap: " + text.withoutClozeMarkers
        let spellings = String.clozeSpellings(event.summary[span.inner])
        let answer = spellings[0]
        let named = index.nameByKey[answer.comparisonKey]
        let accept = (named.map { Array($0.names.dropFirst()) } ?? []) + spellings.dropFirst()
        return Card(
          id: "cloze:\(event.id).summary.\(number + 1)", fact: "\(event.id).summary.\(number + 1)",
          kind: .cloze, prompt: prompt, answer: answer, accept: accept,
          expected: named.map { .name(id: $0.id) } ?? .text(accepted: spellings),
          forms: [.cloze], explanation: explanation(event),
          sources: index.cardSources(event.sources), topics: [event.id])
      }
    }
  }

  /// The `{{…}}` spans of a summary: the whole marker and the text inside it.
  static func clozeSpans(_ text: String) -> [(
    range: Range<String.Index>, inner: Range<String.Index>
  )] {
    var spans: [(Range<String.Index>, Range<String.Index>)] = []
    var cursor = text.startIndex
    while let open = text.range(of: "{{", range: cursor..<text.endIndex),
      let close = text.range(of: "}}", range: open.upperBound..<text.endIndex)
    {
      spans.append((open.lowerBound..<close.upperBound, open.upperBound..<close.lowerBound))
      cursor = close.upperBound
    }
    return spans
  }
}
