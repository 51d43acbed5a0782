import Foundation
import PlenumCorpus

extension QuestionBuilder {
  /// Author, addressee and date questions for dated archival documents.
  func documentCards() -> [Card] {
    index.corpus.sources.flatMap { source -> [Card] in
      guard source.author != nil || !source.recipients.isEmpty else { return [] }
      var cards: [Card] = []
      let described = "“\(source.title)” (\(source.locator))"
      let sources = index.cardSources([Citation(source: source.id)])
      let explanation = source.summary?.withoutClozeMarkers ?? source.title
      let when = source.date.map { ", written \(Self.preposition($0)) \($0.displayText)," } ?? ""
      if source.ask.includes("author"), let authorID = source.author,
        let author = index.actors[authorID]
      {
        let id = "document-author:\(source.id)"
        var rng = generator(for: id)
        let others = actorDistractors(for: authorID, excluding: [authorID], rng: &rng)
        let options = choices(answer: author.name, distractors: others, rng: &rng)
        cards.append(
          Card(
            id: id, fact: "\(source.id).author", kind: .documentAuthor,
            prompt: "Who wrote the document \(described)\(when.dropLast())?",
            answer: author.name, accept: author.aliases, choices: options ?? [],
            expected: .name(id: authorID), forms: options == nil ? [.typed] : [.choice, .typed],
            explanation: explanation, sources: sources, topics: [source.id, authorID]))
      }
      let recipients = source.recipients.compactMap { index.actors[$0] }
      if source.ask.includes("recipient"), let first = recipients.first {
        let id = "document-recipient:\(source.id)"
        var rng = generator(for: id)
        let excluded = Set(recipients.map(\.id) + [source.author].compactMap { $0 })
        let others = actorDistractors(for: first.id, excluding: excluded, rng: &rng)
        let options = choices(answer: first.name, distractors: others, rng: &rng)
        let forms: [CardForm] = recipients.count == 1 ? [.choice, .typed] : [.choice]
        if options != nil || recipients.count == 1 {
          cards.append(
            Card(
              id: id, fact: "\(source.id).recipient", kind: .documentRecipient,
              prompt: "To whom was the document \(described) addressed?", answer: first.name,
              accept: first.aliases, choices: options ?? [], expected: .name(id: first.id),
              forms: options == nil ? [.typed] : forms, explanation: explanation,
              sources: sources, topics: [source.id] + recipients.map(\.id)))
        }
      }
      if source.ask.includes("date"), let date = source.date {
        let id = "document-date:\(source.id)"
        var rng = generator(for: id)
        let distractors = DateDistractors.near(
          date, avoiding: [], count: Self.choiceCount - 1, rng: &rng)
        let answer = date.displayText
        let author = source.author.flatMap { index.actors[$0]?.name } ?? source.origin
        cards.append(
          Card(
            id: id, fact: "\(source.id).date", kind: .documentDate,
            prompt:
              "When did \(author) write the document \(described)? (\(Self.precisionHint(date)))",
            answer: answer,
            choices: choices(answer: answer, distractors: distractors.map(\.displayText), rng: &rng)
              ?? [],
            expected: .date(date), forms: [.choice, .typed], explanation: explanation,
            sources: sources, topics: [source.id]))
      }
      return cards
    }
  }

  static func preposition(_ date: HistoricalDate) -> String {
    date.precision == .day ? "on" : "in"
  }

  /// "How many …?" questions: the corpus's own wording when it has one, else built from the
  /// figure's label, with its scope.
  func quantityCards() -> [Card] {
    index.corpus.quantities.filter { $0.ask.includes("value") }.map { quantity in
      let id = "quantity:\(quantity.id)"
      var rng = generator(for: id)
      let answer = Self.figure(
        quantity.value, approximate: quantity.approximate, unit: quantity.unit)
      // A share cannot pass 100 percent.
      let isShare = ["percent", "per cent", "%"].contains(quantity.unit?.lowercased() ?? "")
      let distractors = Self.nearbyFigures(quantity.value, rng: &rng).filter {
        !isShare || $0 < 100
      }.map {
        Self.figure($0, approximate: quantity.approximate, unit: quantity.unit)
      }
      let holder = index.holderLabel(quantity.sources)
      let prompt =
        quantity.question
        ?? "According to \(holder), how many \(quantity.what)? (Scope: \(quantity.scope).)"
      let explanation =
        quantity.why.map { "\($0) The figure refers to \(quantity.scope)." }
        ?? "The figure refers to \(quantity.scope)."
      return Card(
        id: id, fact: "\(quantity.id).value", kind: .quantity, prompt: prompt, answer: answer,
        choices: choices(answer: answer, distractors: distractors, rng: &rng) ?? [],
        expected: .number(
          value: quantity.value, approximate: quantity.approximate, unit: quantity.unit),
        forms: [.choice, .typed], explanation: explanation,
        sources: index.cardSources(quantity.sources),
        topics: [quantity.event, quantity.id].compactMap { $0 })
    }
  }

  /// Plausible wrong figures: small counts shifted by a few, large ones scaled and rounded.
  static func nearbyFigures(_ value: Double, rng: inout SeededGenerator) -> [Double] {
    let candidates: [Double]
    if value <= 12, value == value.rounded() {
      candidates = [1, 2, 3, 4, 5, -1, -2].map { value + $0 }
    } else {
      candidates = [0.25, 0.5, 2, 3, 5, 10, 0.1].map { round(value * $0) }
    }
    var seen: Set<Double> = [value]
    return candidates.shuffled(using: &rng).filter { $0 > 0 && seen.insert($0).inserted }
  }

  /// A figure as learners read it: "about 30,000 people".
  static func figure(_ value: Double, approximate: Bool, unit: String?) -> String {
    let number: String
    if value == value.rounded(), abs(value) < 1e15 {
      let digits = String(Int(value))
      var grouped = ""
      for (offset, digit) in digits.reversed().enumerated() {
        if offset > 0, offset % 3 == 0, digit != "-" { grouped.append(",") }
        grouped.append(digit)
      }
      number = String(grouped.reversed())
    } else {
      number = String(value)
    }
    return (approximate ? "about " : "") + number
      + (unit.map { " " + inflect($0, for: value) } ?? "")
  }

  /// "1 month", "5 months", "1 division": corpus units may be written either way.
  static func inflect(_ unit: String, for value: Double) -> String {
    let plural = unit.hasSuffix("s") && !unit.hasSuffix("ss")
    if value == 1 { return plural ? String(unit.dropLast()) : unit }
    let invariant: Set<String> = ["people", "percent", "per cent", "won", "yuan", "%"]
    if plural || invariant.contains(unit.lowercased()) || unit.contains(" ") { return unit }
    return unit.hasSuffix("y") && !unit.hasSuffix("ay") ? unit.dropLast() + "ies" : unit + "s"
  }

  /// Two significant figures, so distractors look like figures a source would give.
  static func round(_ value: Double) -> Double {
    guard value >= 10 else { return Foundation.round(value) }
    let magnitude = pow(10, Foundation.floor(log10(value)) - 1)
    return Foundation.round(value / magnitude) * magnitude
  }

  /// The verdict word before a semicolon ("Yes; …" → "yes"), when a reading starts with one.
  static func verdict(_ answer: String) -> String? {
    guard let semicolon = answer.firstIndex(of: ";") else { return nil }
    let head = answer[..<semicolon].lowercased()
    guard head.split(separator: " ").count <= 2 else { return nil }
    // "Not really" gives the same verdict as "No".
    return ["not really", "hardly"].contains(head) ? "no" : head
  }

  /// "According to X, …?" questions over historians' and sources' readings.
  func claimCards() -> [Card] {
    index.corpus.claims.flatMap { claim -> [Card] in
      // Every reading is asked; when all others share its verdict it has no fair options.
      guard claim.readings.count >= 2 else { return [] }
      return claim.readings.compactMap { reading in
        let id = "interpretation:\(claim.id)@\(reading.holder.comparisonKey)"
        var rng = generator(for: id)
        // A reading that gives the same verdict ("Yes; …") in other words would be a second
        // right answer to a learner, so options take the other verdicts only.
        let verdict = Self.verdict(reading.answer)
        let others = claim.readings.filter {
          $0.answer != reading.answer && (verdict == nil || Self.verdict($0.answer) != verdict)
        }
        let options = ([reading.answer] + others.prefix(Self.choiceCount - 1).map(\.answer))
          .shuffled(using: &rng)
        guard options.count >= 2 else { return nil }
        let rest = claim.readings.filter { $0.holder != reading.holder }.map {
          "\($0.holder.capitalizedFirst): \($0.answer)"
        }
        return Card(
          id: id, fact: "\(claim.id).\(reading.holder.comparisonKey)", kind: .interpretation,
          prompt: "According to \(reading.holder), \(claim.question)", answer: reading.answer,
          choices: options, expected: .choice, forms: [.choice],
          explanation: "Other readings. " + rest.joined(separator: " "),
          sources: index.cardSources(reading.sources), topics: claim.about + [claim.id],
          disputed: true)
      }
    }
  }
}
