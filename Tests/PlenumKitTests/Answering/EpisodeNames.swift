import PlenumKit

/// A small name table of the August 1956 episode, spelled as the source documents spell them
/// (mostly Revised Romanization: Bak, Gim, Li), with a few variants the sources also use.
enum EpisodeNames {
  static let entries: [NameEntry] = [
    actor("kim-il-sung", "Kim Il Sung", "Kim Il-sung", "김일성"),
    actor("kim-tu-bong", "Gim Dubong"),
    actor("choe-chang-ik", "Choe Changik"),
    actor("choe-yong-geon", "Choe Yonggeon", "Choe Yong-Geon"),
    actor("pak-chang-ok", "Bak Changok"),
    actor("pak-ui-wan", "Bak Uiwan"),
    actor("pak-hon-yong", "Bak Heonyeong", "Pak hon Yong"),
    actor("yun-gong-heum", "Yun Gongheum", "Yun Gong-heum"),
    actor("so-hwi", "Seo Hwi"),
    actor("ri-pil-gyu", "Li Pilgyu"),
    actor("kim-sung-hwa", "Gim Seunghwa", "Gim Sunghwa"),
    actor("nam-il", "Nam Il"),
    actor("pak-kum-chol", "Bak Geumcheol"),
    actor("kim-chang-man", "Gim Changman", "Gim Chang-man"),
    actor("kim-chang-il", "Gim Changil"),
    actor("li-sang-jo", "Li Sangjo"),
    actor("pak-jong-ae", "Bak Jeongae"),
    actor("peng-dehuai", "Peng Dehuai", "彭德怀"),
    actor("mikoyan", "Anastas Mikoyan", "Mikoyan"),
    actor("ivanov", "V. I. Ivanov", "Ivanov"),
    NameEntry(
      id: "yanan", kind: .faction, names: ["Yan’an faction", "Yan’an group", "Yenan faction"]),
    NameEntry(id: "soviet-koreans", kind: .faction, names: ["Soviet faction", "Soviet Koreans"]),
    NameEntry(id: "gapsan", kind: .faction, names: ["Gapsan faction"]),
    NameEntry(id: "partisans", kind: .faction, names: ["Partisan group", "Guerrilla faction"]),
    NameEntry(id: "domestic", kind: .faction, names: ["Domestic faction"]),
    NameEntry(id: "pyongyang", kind: .place, names: ["Pyeongyang", "Pyongyang"]),
    NameEntry(id: "moscow", kind: .place, names: ["Moscow"]),
    NameEntry(id: "beijing", kind: .place, names: ["Beijing", "Peking"]),
  ]

  static let index = NameIndex(entries)
  static let checker = AnswerChecker(names: index)

  static func actor(_ id: String, _ names: String...) -> NameEntry {
    NameEntry(id: id, kind: .actor, names: names)
  }

  /// The key of a name question about the entry `id`, displayed by its first spelling.
  static func key(_ id: String) -> AnswerKey {
    .name(id: id, display: index.entry(id: id)?.displayName ?? id)
  }
}
