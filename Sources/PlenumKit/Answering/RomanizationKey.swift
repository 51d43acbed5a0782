/// A spelling-independent key for Korean names: romanization variants of one name collide.
///
/// McCune–Reischauer and Revised Romanization differ in aspiration marks (ch'/ch), vowels
/// (ŏ/eo, ŭ/eu), voicing (k/g, t/d, p/b, ch/j) and hyphenation; older texts write "Sung" for
/// 성 and "kun" for 건. The key erases exactly those differences, and maps the usual surname
/// spellings (Bak/Pak/Park, Gim/Kim, Li/Yi/Ri/Lee/Rhee, Choe/Ch'oe/Choi) to one form, so
/// "Pak Chang-ok" and "Bak Changok" share a key while different people keep different ones.
public enum RomanizationKey {
  /// The key of a whole name ("Pak Chang-ok" → "PaKCanKoK").
  public static func make(_ name: String) -> String { joined(tokenKeys(name)) }

  /// The key of several words' keys together ("Yong" + "geon" meets "Yonggeon").
  static func joined<Words: Sequence<String>>(_ keys: Words) -> String {
    var key = ""
    for ch in keys.joined() where ch != key.last {
      // Doubled letters (RR tense consonants "kk", "jj"; "oo") count once.
      key.append(ch)
    }
    return key
  }

  /// The key of each word of a name, surname first as typed; a leading "the" or title is dropped.
  public static func tokenKeys(_ name: String) -> [String] {
    var words = TextFolding.tokens(name, expandBreves: true)
    // "the", and titles learners put before a name ("Marshal Peng Dehuai", "Comrade Kim").
    while words.count > 1, titles.contains(words[0]) { words.removeFirst() }
    guard !words.isEmpty else { return [] }
    if let surname = surnames[words[0]] { words[0] = surname }
    return words.map(wordKey)
  }

  /// The key of one word: sound classes of a romanized syllable string, before doubled
  /// letters are merged by `joined`.
  static func wordKey(_ word: String) -> String {
    var s = word
    for (from, to) in rewrites { s = s.replacingOccurrences(of: from, with: to) }
    return String(s.map { consonantClass[$0] ?? $0 })
  }

  /// Ordered rewrites: multi-letter spellings first, so "ch" is read before "h" or "c".
  static let rewrites: [(String, String)] = [
    ("tch", "ch"), ("ch", "C"), ("j", "C"),
    ("eo", "o"), ("eu", "u"), ("oo", "u"), ("u", "o"),
    ("sh", "s"), ("kh", "k"), ("ph", "p"), ("th", "t"),
  ]

  /// Voiced and voiceless stops are one class; r and l are one Korean letter.
  static let consonantClass: [Character: Character] = [
    "k": "K", "g": "K", "t": "T", "d": "T", "p": "P", "b": "P", "r": "l",
  ]

  /// Words before a name that do not belong to it.
  static let titles: Set<String> = [
    "the", "comrade", "marshal", "general", "premier", "chairman", "ambassador", "minister",
    "vice", "deputy", "mr", "mrs", "ms", "dr", "president", "secretary", "kwp", "ccp", "cpsu",
  ]

  /// Common spellings of Korean surnames, mapped to one form.
  static let surnames: [String: String] = [
    "bak": "pak", "park": "pak", "pak": "pak", "bahk": "pak",
    "gim": "kim", "kim": "kim",
    "li": "yi", "yi": "yi", "ri": "yi", "lee": "yi", "rhee": "yi", "rhie": "yi", "i": "yi",
    "choe": "choe", "choi": "choe", "chwe": "choe", "choei": "choe",
    "yoon": "yun", "yun": "yun", "jung": "jong", "chung": "jong", "jeong": "jong",
    "rim": "im", "lim": "im", "im": "im", "ryu": "yu", "yu": "yu", "yoo": "yu", "lyu": "yu",
    "roh": "no", "noh": "no", "no": "no",
  ]
}
