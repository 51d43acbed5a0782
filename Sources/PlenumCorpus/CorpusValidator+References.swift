extension CorpusCheck {
  /// Every id reference resolves, to an entry of the kind the field expects.
  mutating func checkReferences() {
    for (s, source) in corpus.sources.enumerated() {
      let name = Self.named("source", source.id)
      if let author = source.author {
        resolve(author, as: "actor", in: name, at: "sources[\(s)].author")
      }
      for (r, id) in source.recipients.enumerated() {
        resolve(id, as: "actor", in: name, at: "sources[\(s)].recipients[\(r)]")
      }
    }
    for (a, actor) in corpus.actors.enumerated() {
      let name = Self.named("actor", actor.id)
      for (i, id) in actor.factions.enumerated() {
        resolve(id, as: "faction", in: name, at: "actors[\(a)].factions[\(i)]")
      }
      for (i, id) in actor.confusable.enumerated() {
        if id == actor.id, !id.isEmpty {
          report(
            "\(name) lists itself in `confusable`; name other actors learners mix it up with",
            at: "actors[\(a)].confusable[\(i)]")
        } else {
          resolve(id, as: "actor", in: name, at: "actors[\(a)].confusable[\(i)]")
        }
      }
    }
    for (e, event) in corpus.events.enumerated() {
      let name = Self.named("event", event.id)
      if let place = event.place { resolve(place, as: "place", in: name, at: "events[\(e)].place") }
      for (i, id) in event.causes.enumerated() {
        resolve(id, as: "event", in: name, at: "events[\(e)].causes[\(i)]")
      }
      for (p, participant) in event.participants.enumerated() {
        resolve(
          participant.actor, as: "actor", in: name, at: "events[\(e)].participants[\(p)].actor")
      }
    }
    for (q, quantity) in corpus.quantities.enumerated() {
      if let event = quantity.event {
        resolve(
          event, as: "event", in: Self.named("quantity", quantity.id), at: "quantities[\(q)].event")
      }
    }
    for (c, claim) in corpus.claims.enumerated() {
      for (i, id) in claim.about.enumerated() {
        resolve(id, as: nil, in: Self.named("claim", claim.id), at: "claims[\(c)].about[\(i)]")
      }
    }
  }

  /// Reports an id that names nothing, or names an entry of another kind (`kind` nil: any).
  mutating func resolve(_ id: String, as kind: String?, in subject: String, at path: String) {
    guard !id.isEmpty else { return }
    if let definition = definitions[id] {
      if let kind, definition.kind != kind {
        report(
          "\(CorpusTextRules.quoted(id)) in \(subject) is \(Self.article(definition.kind)) \(definition.kind), not \(Self.article(kind)) \(kind)",
          at: path)
      }
      return
    }
    // A malformed id is already reported where it is written; "unknown" would only repeat it.
    guard CorpusTextRules.isValidID(id) else { return }
    let what = kind ?? "entry"
    var message = "unknown \(what) \(CorpusTextRules.quoted(id)) in \(subject)"
    if let suggestion = suggestion(for: id, kind: kind) {
      message += "; did you mean \(CorpusTextRules.quoted(suggestion))?"
    } else {
      message += "; no \(what) in this file has that id"
    }
    report(message, at: path + ".source", path)
  }

  static func article(_ word: String) -> String { "aeiou".contains(word.first ?? "x") ? "an" : "a" }

  /// The closest id of the kind within one edit (two for ids of six characters or more), so
  /// short ids are not "corrected" into unrelated ones; searched for 200 unknown ids at most.
  private mutating func suggestion(for id: String, kind: String?) -> String? {
    let allowed = id.count >= 6 ? 2 : id.count >= 3 ? 1 : 0
    guard allowed > 0, suggestionsTried < 200, id.count <= CorpusTextRules.maxIDLength else {
      return nil
    }
    suggestionsTried += 1
    var best: (String, Int)?
    for (candidate, definition) in definitions where kind == nil || definition.kind == kind {
      guard abs(candidate.count - id.count) <= allowed else { continue }
      let distance = Self.editDistance(id, candidate)
      if distance <= allowed, best.map({ (distance, candidate) < ($0.1, $0.0) }) ?? true {
        best = (candidate, distance)
      }
    }
    return best?.0
  }

  /// Levenshtein distance over UTF-8 bytes (ids are ASCII).
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.utf8)
    let b = Array(b.utf8)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return a.isEmpty ? b.count : previous[b.count]
  }
}
