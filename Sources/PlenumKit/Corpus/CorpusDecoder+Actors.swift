import Yams

extension CorpusDecoder {
  mutating func decodeActor(_ f: inout Fields) -> Actor {
    let id = identify(&f, as: "actor")
    return Actor(
      id: id, name: string(f, "name") ?? "", hangul: string(f, "hangul", required: false),
      aliases: strings(f, "aliases"), factions: ids(f, "factions"),
      summary: string(f, "summary", prose: true) ?? "",
      roles: entries(f, "roles", kind: "role") { $0.decodeRole(&$1) },
      fate: entries(f, "fate", kind: "fate reading") { $0.decodeFateReading(&$1) },
      confusable: ids(f, "confusable"), sources: citations(f))
  }

  mutating func decodeRole(_ f: inout Fields) -> Actor.Role {
    let id = identify(&f, as: "role")
    return Actor.Role(
      id: id, title: string(f, "title") ?? "", from: date(f, "from"), to: date(f, "to"),
      sources: citations(f))
  }

  mutating func decodeFateReading(_ f: inout Fields) -> Actor.FateReading {
    Actor.FateReading(text: string(f, "text") ?? "", date: date(f, "date"), sources: citations(f))
  }
}
