import PlenumCorpus
import PlenumKit

/// Names the user typed that must exist: topic ids given to `generate`, and learner names
/// given to commands that only read. A typo is refused with the closest known names rather
/// than silently matching nothing.
enum KnownNames {
  /// `list` of the known names, closest to `typed` first, at most `limit`, with the total.
  static func closest(to typed: String, in known: [String], limit: Int = 5) -> ConsoleText {
    let lowered = typed.lowercased()
    let sorted = known.sorted {
      let a = EditDistance.damerau(lowered, $0.lowercased())
      let b = EditDistance.damerau(lowered, $1.lowercased())
      return a != b ? a < b : $0 < $1
    }
    let shown = sorted.prefix(limit).joined(separator: ", ")
    return known.count > limit ? "\(shown), … (\(known.count) in all)" : "\(shown)"
  }

  /// Refuses an actor, faction or event id that is not in the corpus (exit 64).
  static func checkTopics(
    actors: String?, factions: String?, events: String?, in corpus: Corpus
  ) throws(PlenumError) {
    let groups: [(flag: String, noun: String, typed: String?, known: [String])] = [
      ("--actors", "actor", actors, corpus.actors.map(\.id)),
      ("--factions", "faction", factions, corpus.factions.map(\.id)),
      ("--events", "event", events, corpus.events.map(\.id)),
    ]
    for group in groups {
      guard let typed = group.typed else { continue }
      let known = Set(group.known)
      for id in Generate.list(typed) where !known.contains(id) {
        throw PlenumError(
          "\(group.flag): no such \(group.noun) '\(id)' in the corpus; known: "
            + "\(closest(to: id, in: group.known)).", .usage)
      }
    }
  }
}
