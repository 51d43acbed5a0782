/// The semantic checks a corpus must pass once its structure is sound: unique ids, references
/// that resolve, citations on every fact, dates in order, unambiguous names, balanced clozes.
public enum CorpusValidator {
  /// Checks `corpus`, placing each diagnostic with `marks` (see `CorpusMarks` for its paths);
  /// returns errors and warnings in file order, empty when the corpus is sound.
  public static func validate(_ corpus: Corpus, marks: CorpusMarks) -> [CorpusDiagnostic] {
    var check = CorpusCheck(corpus: corpus, marks: marks)
    check.run()
    return check.diagnostics.sortedByPosition()
  }
}

/// One run of the semantic checks, collecting diagnostics.
struct CorpusCheck {
  /// Where an id is first defined.
  struct Definition {
    var kind: String
    var path: String
    var position: CorpusMarks.Position
  }

  let corpus: Corpus
  let marks: CorpusMarks
  var diagnostics: [CorpusDiagnostic] = []
  /// Ids by first definition in the file.
  var definitions: [String: Definition] = [:]
  /// How many unknown references got a "did you mean" search; bounded for hostile files.
  var suggestionsTried = 0

  init(corpus: Corpus, marks: CorpusMarks) {
    self.corpus = corpus
    self.marks = marks
  }

  mutating func run() {
    collectDefinitions()
    checkReferences()
    checkCitations()
    checkChronology()
    checkCauseCycles()
    checkNames()
    checkClozes()
    checkClaims()
  }

  mutating func report(
    _ message: String, at paths: String..., severity: CorpusDiagnostic.Severity = .error
  ) {
    var found = CorpusMarks.Position(line: 1, column: 1)
    for path in paths {
      if let position = marks[path] {
        found = position
        break
      }
    }
    diagnostics.append(
      CorpusDiagnostic(
        file: marks.fileName, line: found.line, column: found.column, severity: severity,
        message: message))
  }

  static func named(_ kind: String, _ id: String) -> String {
    "\(kind) \(CorpusTextRules.quoted(id))"
  }

  // MARK: - Ids

  /// Every top-level id with its kind and path, in file order, so "first" means first written.
  private var allEntries: [(id: String, kind: String, path: String)] {
    var entries: [(id: String, kind: String, path: String)] = []
    func add(_ ids: [String], _ kind: String, _ key: String) {
      for (index, id) in ids.enumerated() where !id.isEmpty {
        entries.append((id, kind, "\(key)[\(index)]"))
      }
    }
    add(corpus.sources.map(\.id), "source", "sources")
    add(corpus.places.map(\.id), "place", "places")
    add(corpus.factions.map(\.id), "faction", "factions")
    add(corpus.actors.map(\.id), "actor", "actors")
    add(corpus.events.map(\.id), "event", "events")
    add(corpus.quantities.map(\.id), "quantity", "quantities")
    add(corpus.claims.map(\.id), "claim", "claims")
    return entries
  }

  private mutating func collectDefinitions() {
    let located = allEntries.map { entry in
      (entry, marks.position(entry.path + ".id", entry.path))
    }.sorted { ($0.1.line, $0.1.column) < ($1.1.line, $1.1.column) }
    for (entry, position) in located {
      if let first = definitions[entry.id] {
        report(
          "the id \(CorpusTextRules.quoted(entry.id)) is already used by the \(first.kind) at line "
            + "\(first.position.line), column \(first.position.column); ids must be unique across the file",
          at: entry.path + ".id", entry.path)
      } else {
        definitions[entry.id] = Definition(kind: entry.kind, path: entry.path, position: position)
      }
    }
    for (a, actor) in corpus.actors.enumerated() {
      uniqueWithin(actor.roles.map(\.id), what: "role id", in: Self.named("actor", actor.id)) {
        "actors[\(a)].roles[\($0)].id"
      }
    }
    for (e, event) in corpus.events.enumerated() {
      let name = Self.named("event", event.id)
      uniqueWithin(event.outcomes.map(\.id), what: "outcome id", in: name) {
        "events[\(e)].outcomes[\($0)].id"
      }
      uniqueWithin(event.participants.map(\.actor), what: "participant", in: name) {
        "events[\(e)].participants[\($0)].actor"
      }
    }
  }

  /// Reports ids repeated inside one entry (roles of an actor, outcomes of an event).
  private mutating func uniqueWithin(
    _ ids: [String], what: String, in subject: String, path: (Int) -> String
  ) {
    var seen: [String: Int] = [:]
    for (index, id) in ids.enumerated() where !id.isEmpty {
      guard let first = seen[id] else {
        seen[id] = index
        continue
      }
      let at = marks.position(path(first))
      report(
        "the \(what) \(CorpusTextRules.quoted(id)) appears twice in \(subject) (first at line \(at.line), "
          + "column \(at.column)); each must be unique there",
        at: path(index))
    }
  }
}
