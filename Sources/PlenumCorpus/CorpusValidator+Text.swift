extension CorpusCheck {
  /// No two actors share a spelling once case, spaces, hyphens, apostrophes and diacritics go.
  mutating func checkNames() {
    var owners: [String: (actor: Int, path: String)] = [:]
    for (a, actor) in corpus.actors.enumerated() {
      let spellings =
        [(actor.name, "actors[\(a)].name", "name")]
        + actor.aliases.enumerated().map { ($1, "actors[\(a)].aliases[\($0)]", "alias") }
      for (text, path, what) in spellings {
        let key = CorpusTextRules.aliasKey(text)
        guard !key.isEmpty else { continue }
        guard let owner = owners[key] else {
          owners[key] = (a, path)
          continue
        }
        guard owner.actor != a else { continue }
        let at = marks.position(owner.path)
        report(
          "the \(what) \(CorpusTextRules.quoted(text)) of \(Self.named("actor", actor.id)) is also a spelling of "
            + "\(Self.named("actor", corpus.actors[owner.actor].id)) (line \(at.line), column \(at.column)); "
            + "learners' answers could not tell them apart",
          at: path)
      }
    }
  }

  /// `{{` and `}}` pair up, do not nest and enclose some text, in every summary.
  mutating func checkClozes() {
    for (i, source) in corpus.sources.enumerated() {
      if let summary = source.summary {
        cloze(summary, Self.named("source", source.id), "sources[\(i)]")
      }
    }
    for (i, faction) in corpus.factions.enumerated() {
      cloze(faction.summary, Self.named("faction", faction.id), "factions[\(i)]")
    }
    for (i, actor) in corpus.actors.enumerated() {
      cloze(actor.summary, Self.named("actor", actor.id), "actors[\(i)]")
    }
    for (i, event) in corpus.events.enumerated() {
      cloze(event.summary, Self.named("event", event.id), "events[\(i)]")
    }
  }

  private mutating func cloze(_ summary: String, _ subject: String, _ path: String) {
    if let problem = Self.clozeProblem(in: summary) {
      report("`summary` of \(subject) \(problem)", at: path + ".summary", path)
    }
  }

  /// What is wrong with the cloze markers of `text`, or nil; positions count characters from 1.
  static func clozeProblem(in text: String) -> String? {
    let characters = Array(text)
    var openedAt: Int?
    var index = 0
    while index < characters.count {
      let pair = index + 1 < characters.count ? String(characters[index...index + 1]) : ""
      if pair == "{{" {
        if let opened = openedAt {
          return
            "opens a cloze span at character \(index + 1) inside the one opened at character \(opened + 1); close it with `}}` first"
        }
        openedAt = index
        index += 2
      } else if pair == "}}" {
        guard let opened = openedAt else {
          return "closes a cloze span at character \(index + 1) that was never opened with `{{`"
        }
        if opened + 2 == index {
          return "has an empty cloze span `{{}}` at character \(opened + 1)"
        }
        openedAt = nil
        index += 2
      } else {
        index += 1
      }
    }
    if let opened = openedAt {
      return "opens a cloze span at character \(opened + 1) that is never closed with `}}`"
    }
    return nil
  }

  /// A claim records a disagreement, so it needs two readings at least (a warning).
  mutating func checkClaims() {
    for (c, claim) in corpus.claims.enumerated() where claim.readings.count < 2 {
      let count = claim.readings.count
      report(
        "\(Self.named("claim", claim.id)) has \(count) \(count == 1 ? "reading" : "readings"); a claim records "
          + "where sources differ, so give two readings or more",
        at: "claims[\(c)].readings", "claims[\(c)]", severity: .warning)
    }
  }
}
