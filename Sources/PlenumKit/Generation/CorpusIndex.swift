import Foundation
import PlenumCorpus

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
  /// The first day of each of `datedEvents`, for binary search.
  let datedOrdinals: [Int]
  /// Every role with its holder and the comparison key of its title.
  let roles: [(actor: String, role: Actor.Role, key: String)]
  /// Holders of each role title, by comparison key.
  let holders: [String: Set<String>]
  /// Every fate reading with its actor, in corpus order.
  let fates: [(actor: Actor, reading: Actor.FateReading)]
  /// Actors placed in at least one faction.
  let affiliated: [Actor]
  /// The events each event led to: `causes` read the other way.
  let effects: [String: [String]]
  /// Actors the deck asks about: their own questions, or a part in an event that is asked.
  let prominent: Set<String>
  /// The name table, and each spelling's entry by comparison key.
  let names: [NameEntry]
  let nameByKey: [String: NameEntry]

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
    datedOrdinals = datedEvents.map { $0.date!.earliestOrdinal }
    roles = corpus.actors.flatMap { actor in
      actor.roles.map { (actor.id, $0, $0.title.comparisonKey) }
    }
    var holders: [String: Set<String>] = [:]
    for entry in roles { holders[entry.key, default: []].insert(entry.actor) }
    self.holders = holders
    fates = corpus.actors.flatMap { actor in actor.fate.map { (actor, $0) } }
    affiliated = corpus.actors.filter { !$0.factions.isEmpty }
    var effects: [String: [String]] = [:]
    for event in corpus.events {
      for cause in event.causes { effects[cause, default: []].append(event.id) }
    }
    self.effects = effects
    prominent = Set(
      corpus.actors.filter { $0.ask.directions?.isEmpty != true }.map(\.id)
        + corpus.events.filter { $0.ask.includes("participants") || $0.ask.includes("true-false") }
        .flatMap { $0.participants.filter(\.asked).map(\.actor) })
    names =
      corpus.actors.map { NameEntry(id: $0.id, kind: .actor, names: [$0.name] + $0.aliases) }
      + corpus.factions.map { NameEntry(id: $0.id, kind: .faction, names: [$0.name] + $0.aliases) }
      + corpus.places.map { NameEntry(id: $0.id, kind: .place, names: [$0.name] + $0.aliases) }
    var nameByKey: [String: NameEntry] = [:]
    for entry in names {
      for name in entry.names where nameByKey[name.comparisonKey] == nil {
        nameByKey[name.comparisonKey] = entry
      }
    }
    self.nameByKey = nameByKey
  }

  /// Where a first day falls among `datedEvents` (binary search).
  func datedPosition(_ ordinal: Int) -> Int {
    var low = 0
    var high = datedOrdinals.count
    while low < high {
      let middle = (low + high) / 2
      if datedOrdinals[middle] < ordinal { low = middle + 1 } else { high = middle }
    }
    return low
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

  func actorName(_ id: String) -> String { actors[id]?.name ?? id }
}
