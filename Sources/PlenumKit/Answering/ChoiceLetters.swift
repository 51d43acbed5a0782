/// The letters a) b) c) … that label shown choices and items, and the re-ask messages about them.
public enum ChoiceLetters {
  static let alphabet = Array("abcdefghijklmnopqrstuvwxyz")

  /// The label of the item at `index` ("a" for 0); past "z", the 1-based number.
  public static func letter(_ index: Int) -> String {
    alphabet.indices.contains(index) ? String(alphabet[index]) : String(index + 1)
  }

  /// The index a typed label names: a letter ("b") or a 1-based number ("2"); nil otherwise.
  public static func index(of label: String, count: Int) -> Int? {
    let lower = label.lowercased()
    if lower.count == 1, let ch = lower.first, let index = alphabet.firstIndex(of: ch) {
      return index
    }
    if let number = Int(lower), number >= 1, number <= max(count, 1) * 10 { return number - 1 }
    return nil
  }

  /// "a, b, c or d".
  static func list(count: Int) -> String {
    let letters = (0..<count).map(letter)
    guard letters.count > 1 else { return letters.first ?? "" }
    return letters.dropLast().joined(separator: ", ") + " or " + letters[letters.count - 1]
  }

  /// "a), c) and d)": the labels of the choices at `indices`.
  static func labels(_ indices: [Int]) -> String {
    let labels = indices.map { letter($0) + ")" }
    guard labels.count > 1 else { return labels.first ?? "" }
    return labels.dropLast().joined(separator: ", ") + " and " + labels[labels.count - 1]
  }

  static func range(count: Int) -> String { "\(letter(0))–\(letter(max(count - 1, 0)))" }

  static func choiceHint(count: Int) -> String {
    "Answer with one letter, \(list(count: count)), or type the text of a choice."
  }

  static func orderHint(count: Int) -> String {
    "Give all \(count) letters (\(range(count: count))) in order, each once, e.g. \"\(example(count))\"."
  }

  static func example(_ count: Int) -> String {
    (0..<count).reversed().map(letter).joined(separator: " ")
  }
}
