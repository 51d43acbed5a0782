/// English number words: "thirty thousand", "one hundred and twenty", "a million".
enum NumberWords {
  static let units: [String: Double] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "dozen": 12,
  ]
  static let scales: [String: Double] = [
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
  ]

  /// The value of one number word, or nil.
  static func value(of word: String) -> Double? { units[word] ?? scales[word] }

  /// Reads consecutive number words (joined by spaces, hyphens or "and") from `start`.
  static func parse(_ text: [Character], from start: Int) -> (Double, Int) {
    var total = 0.0
    var current = 0.0
    var i = start
    var end = start
    while i < text.count {
      var j = i
      while j < text.count, text[j].isLetter { j += 1 }
      let word = String(text[i..<j])
      if let unit = units[word] {
        current += unit
      } else if let scale = scales[word] {
        if scale == 100 {
          current = max(current, 1) * 100
        } else {
          total += max(current, 1) * scale
          current = 0
        }
      } else if word != "and" || j == i {
        break
      }
      if word != "and" { end = j }
      i = j
      while i < text.count, text[i] == " " || text[i] == "-" { i += 1 }
    }
    return (total + current, end)
  }
}
