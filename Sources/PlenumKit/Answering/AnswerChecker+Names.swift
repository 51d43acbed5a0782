import PlenumProgress

extension AnswerChecker {
  /// Grades a typed name: spellings of the expected entry are correct, another entry is wrong,
  /// part of the name or a typo nearer the expected entry than any other is close.
  func checkName(_ input: String, id: String, display: String) -> AnswerOutcome {
    let parts = RomanizationKey.tokenKeys(input)
    let key = RomanizationKey.joined(parts)
    guard !key.isEmpty else { return .invalid("Type a name, or skip the card.") }
    let plain = TextFolding.plain(input, isName: true)
    let index =
      names.entry(id: id) == nil
      ? NameIndex(names.entries + [NameEntry(id: id, kind: .other, names: [display])]) : names
    guard let expectedIndex = index.entryByID[id] else {
      return judged(.wrong, display)
    }
    let expected = index.entries[expectedIndex]

    // 1. A spelling the deck lists, or another entry's listed spelling.
    if let owners = index.entriesByPlain[plain] {
      if owners.contains(expectedIndex) { return judged(.correct, display) }
      return judged(.wrong, display, note: anotherNote(index.entries[owners[0]], expected))
    }
    // 2. The same romanization key, as typed or with the surname written last ("Changik
    //    Choe"): correct unless the key also fits someone else.
    let surnameLast = parts.count > 1 ? RomanizationKey.make(Self.surnameFirst(input)) : key
    for candidate in [key, surnameLast] {
      guard let owners = index.entriesByKey[candidate] else { continue }
      let others = owners.filter { $0 != expectedIndex }
      if others.isEmpty { return judged(.correct, display) }
      if owners.contains(expectedIndex) {
        return judged(
          .close, display, note: "that spelling also fits \(index.entries[others[0]].displayName)")
      }
      return judged(.wrong, display, note: anotherNote(index.entries[others[0]], expected))
    }
    let expectedVariants = index.variantsOfEntry[expectedIndex].map { index.variants[$0] }
    // 3. Only the surname or only the given name: close; part of one other entry's name:
    //    wrong, naming that entry; a surname many people share names nobody.
    let partOwners = index.entriesByPartKey[key] ?? []
    if partOwners.contains(expectedIndex) {
      return judged(.close, display, note: "give the full name")
    }
    if let other = partOwners.first {
      let note =
        partOwners.count == 1
        ? "that is part of the name of \(anotherDescription(index.entries[other], expected))" : nil
      return judged(.wrong, display, note: note)
    }
    // 4. A typo: close only when nearer the expected name than to any other name.
    let scalars = Array(key.unicodeScalars)
    var best: Int?
    for variant in expectedVariants {
      let allowance = Self.typoAllowance(forLength: variant.scalars.count)
      let distance = EditDistance.damerau(scalars, variant.scalars, limit: allowance)
      if distance <= allowance { best = min(best ?? distance, distance) }
    }
    var nearest: (entry: Int, distance: Int)?
    for variant in index.variants.indices where index.variants[variant].entry != expectedIndex {
      // With a typo of the expected name in hand, only an equally near other name matters.
      let other = index.variants[variant].scalars
      let limit = min(Self.typoAllowance(forLength: other.count), best ?? Int.max)
      guard abs(other.count - scalars.count) <= limit else { continue }
      let distance = EditDistance.damerau(scalars, other, limit: limit)
      if distance <= limit, distance < (nearest?.distance ?? Int.max) {
        nearest = (index.variants[variant].entry, distance)
      }
    }
    if let best, best < (nearest?.distance ?? Int.max) {
      return judged(.close, display, note: "check the spelling")
    }
    if let nearest {
      let other = index.entries[nearest.entry]
      return judged(.wrong, display, note: "that looks like \(anotherDescription(other, expected))")
    }
    return judged(.wrong, display)
  }

  /// The name with its last word moved to the front: "Chang-ik Choe" → "Choe Chang-ik".
  static func surnameFirst(_ name: String) -> String {
    var words = TextFolding.tokens(name, expandBreves: true)
    guard let last = words.popLast() else { return name }
    return ([last] + words).joined(separator: " ")
  }

  /// "that is Choe Yong-geon, another person" (or "…, a faction" when the kinds differ).
  func anotherNote(_ other: NameEntry, _ expected: NameEntry) -> String {
    "that is \(anotherDescription(other, expected))"
  }

  func anotherDescription(_ other: NameEntry, _ expected: NameEntry) -> String {
    let noun = other.kind.noun
    return other.kind == expected.kind
      ? "\(other.displayName), another \(noun)" : "\(other.displayName), a \(noun)"
  }

  func judged(_ verdict: Verdict, _ expected: String, note: String? = nil, chosen: Int? = nil)
    -> AnswerOutcome
  {
    .judged(Judgement(verdict: verdict, expected: expected, note: note, chosen: chosen))
  }
}
