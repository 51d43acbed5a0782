import Yams

extension CorpusDecoder {
  mutating func decodeActor(_ f: inout Fields) -> Actor {
    let id = identify(&f, as: "actor")
    var actor = Actor(
      id: id, name: string(f, "name") ?? "", hangul: string(f, "hangul", required: false),
      aliases: strings(f, "aliases"), factions: ids(f, "factions"),
      summary: string(f, "summary", prose: true) ?? "",
      roles: entries(f, "roles", kind: "role") { $0.decodeRole(&$1) },
      fate: entries(f, "fate", kind: "fate reading") { $0.decodeFateReading(&$1) },
      confusable: ids(f, "confusable"), sources: citations(f))
    actor.ask = askList(f, kind: "actor")
    actor.side = self.id(f, "side", required: false)
    actor.leader = bool(f, "leader") ?? false
    return actor
  }

  /// The entry's `ask` list: directions from the kind's vocabulary; absent means all of them.
  mutating func askList(_ f: Fields, kind: String) -> AskList {
    guard f.values["ask"] != nil else { return .all }
    let allowed = AskList.vocabulary[kind] ?? []
    var directions = Set<String>()
    for (index, item) in items(f, "ask").enumerated() {
      guard let text = text(item, key: "ask", in: f) else { continue }
      guard allowed.contains(text) else {
        report(
          "\(CorpusTextRules.quoted(text)) in `ask` of \(f.subject) is not a question this \(kind) "
            + "can be asked in; use some of " + allowed.joined(separator: ", "),
          at: position(of: item, else: f.position))
        continue
      }
      record("\(f.path).ask[\(index)]", item, else: f.position)
      directions.insert(text)
    }
    return AskList(directions)
  }

  mutating func decodeRole(_ f: inout Fields) -> Actor.Role {
    let id = identify(&f, as: "role")
    var role = Actor.Role(
      id: id, title: string(f, "title") ?? "", from: date(f, "from"), to: date(f, "to"),
      sources: citations(f))
    role.asked = bool(f, "ask") ?? true
    return role
  }

  mutating func decodeFateReading(_ f: inout Fields) -> Actor.FateReading {
    var reading = Actor.FateReading(
      text: string(f, "text") ?? "", date: date(f, "date"), sources: citations(f))
    reading.asked = bool(f, "ask") ?? true
    return reading
  }
}
