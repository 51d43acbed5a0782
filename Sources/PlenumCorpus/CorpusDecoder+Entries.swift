import Yams

extension CorpusDecoder {
  static let topKeys = [
    "format", "id", "title", "description", "sources", "places", "factions", "actors", "events",
    "quantities", "claims",
  ]

  /// Reads the whole corpus; structural problems land in `diagnostics`.
  mutating func decodeCorpus(_ root: Node) -> Corpus {
    var corpus = Corpus(id: "", title: "")
    guard case .mapping = root else {
      report(
        "the corpus must be a map with keys such as `format`, `id` and `title`; found \(Self.kindName(root))",
        at: position(of: root, else: (1, 1)))
      return corpus
    }
    guard
      let top = fields(
        root, path: "corpus", subject: "the corpus", allowed: Self.topKeys, parent: (1, 1))
    else { return corpus }
    // Another format's keys would only produce misleading errors; report the version alone.
    guard checkFormat(top) else { return corpus }
    corpus.id = id(top, "id") ?? ""
    corpus.title = string(top, "title") ?? ""
    corpus.description = string(top, "description", required: false, prose: true) ?? ""
    corpus.sources = entries(top, "sources", kind: "source") { $0.decodeSource(&$1) }
    corpus.places = entries(top, "places", kind: "place") { $0.decodePlace(&$1) }
    corpus.factions = entries(top, "factions", kind: "faction") { $0.decodeFaction(&$1) }
    corpus.actors = entries(top, "actors", kind: "actor") { $0.decodeActor(&$1) }
    corpus.events = entries(top, "events", kind: "event") { $0.decodeEvent(&$1) }
    corpus.quantities = entries(top, "quantities", kind: "quantity") { $0.decodeQuantity(&$1) }
    corpus.claims = entries(top, "claims", kind: "claim") { $0.decodeClaim(&$1) }
    reportUnknownKeys(top)
    return corpus
  }

  /// Reports a missing or wrong `format`; false when the file is another format's.
  private mutating func checkFormat(_ top: Fields) -> Bool {
    guard let node = top.values["format"] else {
      report(
        "the corpus has no `format`; add `format: \(Corpus.formatVersion)` as its first line",
        at: top.position)
      return true
    }
    let at = position(of: node, else: top.position)
    guard case .scalar(let scalar) = node, Self.tagName(node) == .int,
      let version = Int.construct(from: scalar)
    else {
      report(
        "`format` must be the number \(Corpus.formatVersion); found \(Self.kindName(node))", at: at)
      return true
    }
    if version != Corpus.formatVersion {
      report(
        "unsupported corpus format \(version); this version of Plenum reads format \(Corpus.formatVersion)",
        at: at)
      return false
    }
    return true
  }

  /// Decodes each map in a top-level list; items that are not maps are reported and skipped.
  mutating func entries<Entry>(
    _ parent: Fields, _ key: String, kind: String,
    _ decode: (inout CorpusDecoder, inout Fields) -> Entry
  ) -> [Entry] {
    let allowed = Self.allowedKeys[kind] ?? []
    var result: [Entry] = []
    for item in items(parent, key) {
      let path = (parent.path == "corpus" ? "" : parent.path + ".") + "\(key)[\(result.count)]"
      let article = "aeiou".contains(kind.first ?? "x") ? "an" : "a"
      let subject = "\(article) \(kind)" + (parent.path == "corpus" ? "" : " in \(parent.subject)")
      guard
        var entry = fields(
          item, path: path, subject: subject, allowed: allowed, parent: parent.position)
      else { continue }
      result.append(decode(&self, &entry))
      reportUnknownKeys(entry)
    }
    return result
  }

  static let allowedKeys: [String: [String]] = [
    "source": [
      "id", "title", "kind", "origin", "author", "recipients", "date", "file", "locator", "summary",
      "ask", "holder",
    ],
    "place": ["id", "name", "aliases", "sources"],
    "faction": ["id", "name", "aliases", "summary", "sources"],
    "actor": [
      "id", "name", "hangul", "aliases", "factions", "summary", "roles", "fate", "confusable",
      "sources", "side", "ask", "leader",
    ],
    "role": ["id", "title", "from", "to", "sources", "ask"],
    "fate reading": ["text", "date", "sources", "ask"],
    "event": [
      "id", "name", "date", "dates", "place", "summary", "causes", "participants", "outcomes",
      "sources", "ask", "when", "why", "outcome-question", "decoys", "setting", "background",
    ],
    "date reading": ["date", "sources"],
    "participant": ["actor", "part", "sources", "ask"],
    "outcome": ["id", "text", "sources", "ask"],
    "quantity": [
      "id", "what", "value", "approximate", "unit", "scope", "date", "event", "sources", "ask",
      "question", "why",
    ],
    "claim": ["id", "question", "about", "readings"],
    "reading": ["holder", "answer", "sources"],
    "citation": ["source", "at"],
  ]

  // MARK: - Sources, places, factions

  mutating func decodeSource(_ f: inout Fields) -> Source {
    let id = identify(&f, as: "source")
    let title = string(f, "title") ?? ""
    var kind = Source.Kind.archival
    if let text = string(f, "kind") {
      if let known = Source.Kind(rawValue: text) {
        kind = known
      } else {
        report(
          "`kind` in \(f.subject) must be one of "
            + Source.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            + "; found \(CorpusTextRules.quoted(text))",
          at: position(of: f.values["kind"], else: f.position))
      }
    }
    var source = Source(
      id: id, title: title, kind: kind, origin: string(f, "origin") ?? "",
      author: self.id(f, "author", required: false), recipients: ids(f, "recipients"),
      date: date(f, "date"), file: string(f, "file", required: false),
      locator: string(f, "locator") ?? "",
      summary: string(f, "summary", required: false, prose: true))
    source.ask = askList(f, kind: "source")
    source.holder = string(f, "holder", required: false)
    return source
  }

  mutating func decodePlace(_ f: inout Fields) -> Place {
    let id = identify(&f, as: "place")
    return Place(
      id: id, name: string(f, "name") ?? "", aliases: strings(f, "aliases"), sources: citations(f))
  }

  mutating func decodeFaction(_ f: inout Fields) -> Faction {
    let id = identify(&f, as: "faction")
    return Faction(
      id: id, name: string(f, "name") ?? "", aliases: strings(f, "aliases"),
      summary: string(f, "summary", prose: true) ?? "", sources: citations(f))
  }

  // MARK: - Citations

  /// The entry's `sources`: ids or `{source:, at:}` maps. A malformed citation stays as an
  /// empty source id so the entry is not also reported as citing nothing.
  mutating func citations(_ f: Fields) -> [Citation] {
    var result: [Citation] = []
    for item in items(f, "sources") {
      let path = "\(f.path).sources[\(result.count)]"
      record(path, item, else: f.position)
      if case .mapping = item {
        guard
          let map = fields(
            item, path: path, subject: "a citation in \(f.subject)",
            allowed: Self.allowedKeys["citation"] ?? [],
            parent: f.position)
        else { continue }
        let source = id(map, "source") ?? ""
        result.append(Citation(source: source, at: string(map, "at", required: false)))
        reportUnknownKeys(map)
      } else if case .scalar = item, !Self.isNull(item) {
        let text = text(item, key: "sources", in: f) ?? ""
        let id =
          text.isEmpty
          ? "" : checkedID(text, key: "sources", in: f, at: position(of: item, else: f.position))
        record(path + ".source", item, else: f.position)
        result.append(Citation(source: id))
      } else {
        report(
          "a citation in \(f.subject) must be a source id or a map with `source` and `at`; found \(Self.kindName(item))",
          at: position(of: item, else: f.position))
        result.append(Citation(source: ""))
      }
    }
    return result
  }
}
