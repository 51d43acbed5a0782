import Foundation

/// Lookups over a corpus that question templates need, built once per generation.
struct CorpusIndex {
  let corpus: Corpus
  let actors: [String: Actor]
  let events: [String: Event]
  let factions: [String: Faction]
  let places: [String: Place]
  let sources: [String: Source]
  /// Actor ids per faction id, in corpus order.
  let members: [String: [String]]
  /// Events with one agreed date, in chronological order.
  let datedEvents: [Event]

  init(_ corpus: Corpus) {
    self.corpus = corpus
    actors = Dictionary(corpus.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    events = Dictionary(corpus.events.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    factions = Dictionary(corpus.factions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    places = Dictionary(corpus.places.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    sources = Dictionary(corpus.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var members: [String: [String]] = [:]
    for actor in corpus.actors {
      for faction in actor.factions { members[faction, default: []].append(actor.id) }
    }
    self.members = members
    datedEvents = corpus.events.filter { $0.date != nil }.sorted {
      ($0.date!.earliestOrdinal, $0.id) < ($1.date!.earliestOrdinal, $1.id)
    }
  }

  /// Resolves citations for display, dropping none: an unknown id shows as itself.
  func cardSources(_ citations: [Citation]) -> [CardSource] {
    var seen = Set<Citation>()
    return citations.filter { seen.insert($0).inserted }.map { citation in
      guard let source = sources[citation.source] else {
        return CardSource(
          source: citation.source, locator: citation.at ?? citation.source, title: "",
          kind: "")
      }
      var locator = source.locator
      if let file = source.file { locator += " (file \(file))" }
      if let at = citation.at { locator += ", \(at)" }
      return CardSource(
        source: source.id, locator: locator, title: source.title, kind: source.kind.rawValue,
        origin: source.origin, date: source.date?.displayText)
    }
  }

  /// The name table a deck carries for grading.
  var names: [NameEntry] {
    corpus.actors.map { NameEntry(id: $0.id, kind: .actor, names: [$0.name] + $0.aliases) }
      + corpus.factions.map {
        NameEntry(id: $0.id, kind: .faction, names: [$0.name] + $0.aliases)
      }
      + corpus.places.map { NameEntry(id: $0.id, kind: .place, names: [$0.name] + $0.aliases) }
  }

  func actorName(_ id: String) -> String { actors[id]?.name ?? id }
}

extension String {
  /// A summary with its cloze markers removed.
  var withoutClozeMarkers: String {
    replacingOccurrences(of: "{{", with: "").replacingOccurrences(of: "}}", with: "")
  }
}
