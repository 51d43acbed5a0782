/// A number as a learner typed it: "30,000", "30 000", "30000", "thirty thousand",
/// "30 thousand", "about 30,000", "30k", "3 million", "3.5 million", with or without a unit.
///
/// Commas and spaces between groups of three digits separate thousands; a comma before one,
/// two or four-plus digits is a decimal comma ("2,5"). A single dot is a decimal point; dots
/// between several groups of three ("1.500.000") separate thousands.
public enum NumberAnswer {
  /// Why typed text is not one number.
  public enum Problem: Error, Hashable, Sendable {
    /// No digits or number words.
    case noNumber
    /// More than one number ("30,000 to 40,000").
    case severalNumbers
  }

  /// Reads the one number in `input`.
  public static func parse(_ input: String) throws(Problem) -> Double {
    let text = Array(input.precomposedStringWithCompatibilityMapping.lowercased())
    var values: [Double] = []
    var i = 0
    while i < text.count {
      if text[i].isASCII, text[i].isNumber {
        var (value, next) = literal(text, from: i)
        (value, next) = applyScale(value, text, from: next)
        values.append(value)
        i = next
      } else if text[i].isLetter {
        var j = i
        while j < text.count, text[j].isLetter { j += 1 }
        if NumberWords.value(of: String(text[i..<j])) != nil,
          String(text[i..<j]) != "a" || startsScale(text, after: j)
        {
          let (value, next) = NumberWords.parse(text, from: i)
          values.append(value)
          i = next
        } else {
          i = j
        }
      } else {
        i += 1
      }
    }
    guard let first = values.first else { throw .noNumber }
    guard values.count == 1 else { throw .severalNumbers }
    return first
  }

  /// Digits with thousands separators and a decimal part, from `start`.
  static func literal(_ text: [Character], from start: Int) -> (Double, Int) {
    var digits = ""
    var i = start
    func isDigit(_ k: Int) -> Bool { k < text.count && text[k].isASCII && text[k].isNumber }
    func groupOfThree(at k: Int) -> Bool {
      isDigit(k) && isDigit(k + 1) && isDigit(k + 2) && !isDigit(k + 3)
    }
    while isDigit(i) {
      digits.append(text[i])
      i += 1
    }
    let groupSeparators: Set<Character> = [
      ",", " ", "\u{A0}", "\u{2009}", "\u{202F}", "'", "\u{2019}",
    ]
    var dotGroups = 0
    while i < text.count {
      if groupSeparators.contains(text[i]), groupOfThree(at: i + 1) {
        digits += String(text[(i + 1)...(i + 3)])
        i += 4
      } else if text[i] == ".", groupOfThree(at: i + 1),
        dotGroups > 0 || (i + 4 < text.count && text[i + 4] == ".")
      {
        dotGroups += 1
        digits += String(text[(i + 1)...(i + 3)])
        i += 4
      } else if text[i] == "." || text[i] == ",", isDigit(i + 1), dotGroups == 0 {
        digits.append(".")
        i += 1
        while isDigit(i) {
          digits.append(text[i])
          i += 1
        }
        break
      } else {
        break
      }
    }
    return (Double(digits) ?? 0, i)
  }

  /// Applies "k", "thousand", "m", "million", "bn", "billion" after a literal.
  static func applyScale(_ value: Double, _ text: [Character], from start: Int) -> (Double, Int) {
    var i = start
    while i < text.count, text[i] == " " { i += 1 }
    var j = i
    while j < text.count, text[j].isLetter { j += 1 }
    guard let scale = scales[String(text[i..<j])] else { return (value, start) }
    return (value * scale, j)
  }

  static func startsScale(_ text: [Character], after start: Int) -> Bool {
    var i = start
    while i < text.count, text[i] == " " { i += 1 }
    var j = i
    while j < text.count, text[j].isLetter { j += 1 }
    return NumberWords.scales[String(text[i..<j])] != nil
  }

  static let scales: [String: Double] = [
    "k": 1e3, "thousand": 1e3, "thousands": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6,
    "millions": 1e6, "bn": 1e9, "billion": 1e9, "hundred": 1e2,
  ]
}
