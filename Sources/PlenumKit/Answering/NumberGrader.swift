import PlenumProgress

/// Grades a typed number against the figure a card expects.
///
/// Rules: an exact expected figure is correct only when matched exactly and close within ±5%;
/// an approximate figure ("about 30,000") is correct within ±10% and close within ±25%.
/// Anything further off is wrong. Unit words in the answer are ignored.
enum NumberGrader {
  static let formatHint = "Answer with a number, e.g. 30,000, 30 thousand or thirty thousand."

  static func check(_ input: String, value: Double, approximate: Bool, unit: String?)
    -> AnswerOutcome
  {
    let expected = display(value, approximate: approximate, unit: unit)
    let answer: Double
    do {
      answer = inUnits(try NumberAnswer.parse(input), near: value, unit: unit)
    } catch .severalNumbers {
      return .invalid("Give one number. " + formatHint)
    } catch {
      return .invalid(formatHint)
    }
    let error = value == 0 ? (answer == 0 ? 0 : Double.infinity) : abs(answer - value) / abs(value)
    let (verdict, note): (Verdict, String?)
    if approximate {
      (verdict, note) =
        error <= 0.10
        ? (.correct, nil) : error <= 0.25 ? (.close, "within 25% of the figure") : (.wrong, nil)
    } else {
      (verdict, note) =
        error < 1e-9
        ? (.correct, nil)
        : error <= 0.05 ? (.close, "within 5% of the exact figure") : (.wrong, nil)
    }
    return .judged(Judgement(verdict: verdict, expected: expected, note: note))
  }

  /// `number` counted in `unit`: a unit that starts with a scale word ("million roubles")
  /// counts in millions, so "2.2 million roubles" and "2,200,000" both read as the 2.2 of a
  /// card about 2.2 million roubles, while "2.2" stays 2.2 (the reading nearer `value` wins).
  static func inUnits(_ number: Double, near value: Double, unit: String?) -> Double {
    guard let word = unit?.lowercased().split(separator: " ").first,
      let scale = NumberWords.scales[String(word)]
    else { return number }
    return abs(number / scale - value) < abs(number - value) ? number / scale : number
  }

  /// "about 30,000 members", "11", "3.5".
  static func display(_ value: Double, approximate: Bool, unit: String?) -> String {
    var text = grouped(value)
    if approximate { text = "about " + text }
    if let unit, !unit.isEmpty { text += " " + unit }
    return text
  }

  /// Thousands separated by commas; up to two decimals when the value is not whole.
  static func grouped(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e15 else { return String(value) }
    let whole = Int(value.rounded(.towardZero))
    var digits = String(abs(whole))
    var groups: [Substring] = []
    while digits.count > 3 {
      groups.insert(digits.suffix(3), at: 0)
      digits = String(digits.dropLast(3))
    }
    groups.insert(Substring(digits), at: 0)
    var text = (value < 0 ? "-" : "") + groups.joined(separator: ",")
    let fraction = abs(value - Double(whole))
    if fraction >= 0.005 {
      let hundredths = Int((fraction * 100).rounded())
      text +=
        hundredths % 10 == 0
        ? ".\(hundredths / 10)" : (hundredths < 10 ? ".0\(hundredths)" : ".\(hundredths)")
    }
    return text
  }
}
