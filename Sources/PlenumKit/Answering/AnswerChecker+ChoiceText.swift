/// The choices a typed text names, and whether it named them only by part of their words.
struct ChoiceMatch: Hashable, Sendable {
  var choices: [Int]
  var byPart: Bool
}

extension AnswerChecker {
  /// The choices `input` names, by the first of these rules that finds any:
  /// 1. a choice's own text, without case, accents, punctuation or a leading article;
  /// 2. what a typed answer to the card would be accepted as: a date read by date grading
  ///    ("Apr 1956" for "April 1956"), a name by its romanizations ("Ch'oe Ch'ang-ik"), a
  ///    number by the number grader ("30000" for "about 30,000 people"), each choice read the
  ///    same way as the key;
  /// 3. except for dates and numbers, a run of a choice's words, the last perhaps cut short
  ///    ("september plenum" in "The September Plenum of the KWP Central Committee"), or part
  ///    of a known name ("Changik").
  func choicesNamed(by input: String, choices: [String], correct: Int, typed: AnswerKey?)
    -> ChoiceMatch
  {
    let plain = TextFolding.plain(input)
    let exact = choices.indices.filter { !plain.isEmpty && TextFolding.plain(choices[$0]) == plain }
    if !exact.isEmpty { return ChoiceMatch(choices: exact, byPart: false) }
    let graded = choices.indices.filter { index in
      guard let key = typedKey(ofChoice: index, choices, correct: correct, typed: typed) else {
        return false
      }
      return check(input, against: key).verdict == .correct
    }
    if !graded.isEmpty { return ChoiceMatch(choices: graded, byPart: false) }
    switch typed {
    case .date?, .number?:
      // "August" is no date and "30" no figure; the letter or a whole date or figure is.
      return ChoiceMatch(choices: [], byPart: true)
    default:
      break
    }
    let words = Self.significantWords(input)
    let partOwners = names.entriesByPartKey[RomanizationKey.make(input)] ?? []
    let partial = choices.indices.filter { index in
      if Self.isRun(words, in: Self.significantWords(choices[index])) { return true }
      return names.ids(matching: choices[index]).contains {
        guard let entry = names.entryByID[$0] else { return false }
        return partOwners.contains(entry)
      }
    }
    return ChoiceMatch(choices: partial, byPart: true)
  }

  /// The key a typed answer naming choice `index` would be graded by: the card's own typed
  /// key for the right choice, the same kind of key read from the text of any other.
  func typedKey(ofChoice index: Int, _ choices: [String], correct: Int, typed: AnswerKey?)
    -> AnswerKey?
  {
    if index == correct, let typed { return typed }
    let choice = choices[index]
    switch typed {
    case .date?:
      return (try? DateAnswer.parse(choice)).map { .date($0.date) }
    case .number(let value, let approximate, let unit)?:
      return (try? NumberAnswer.parse(choice)).map {
        .number(
          value: NumberGrader.inUnits($0, near: value, unit: unit), approximate: approximate,
          unit: unit)
      }
    case .name?:
      // A choice the index does not know is still compared as a name, by its own spelling.
      return .name(id: names.ids(matching: choice).first ?? "choice \(index)", display: choice)
    default:
      // Phrases; a choice that is a known name is read as one, so its spellings count.
      return names.ids(matching: choice).first.map { .name(id: $0, display: choice) }
    }
  }

  /// The folded words of `text` without articles; empty unless one word says something
  /// ("of the" names no choice, however few choices contain it).
  static func significantWords(_ text: String) -> [String] {
    let words = TextFolding.tokens(text).filter { !articles.contains($0) }
    return words.contains { $0.count >= 3 && !linkingWords.contains($0) } ? words : []
  }

  /// True when `words` stand together in `choiceWords`; only the last may be cut short, to no
  /// fewer than three letters ("september plen" fits, "sept plenum" does not).
  static func isRun(_ words: [String], in choiceWords: [String]) -> Bool {
    guard let last = words.last, words.count <= choiceWords.count else { return false }
    for start in 0...(choiceWords.count - words.count) {
      let window = choiceWords[start..<(start + words.count)]
      guard zip(words.dropLast(), window.dropLast()).allSatisfy({ $0 == $1 }),
        let end = window.last
      else { continue }
      if end == last || (last.count >= 3 && end.hasPrefix(last)) { return true }
    }
    return false
  }

  static let articles: Set<String> = ["the", "a", "an"]
  static let linkingWords: Set<String> = [
    "and", "for", "from", "with", "into", "was", "were", "his", "her", "its", "their", "that",
    "this", "not", "but", "who", "had", "has",
  ]
}
