/// Wraps text to a width measured in display columns, never splitting a word that fits.
public enum TextWrapper {
  /// Lines of at most `width` columns; the first starts after `indent` spaces, the rest
  /// after `hanging` spaces (default: the same), so "a) …" options align their text.
  public static func wrap(_ text: String, width: Int, indent: Int = 0, hanging: Int? = nil)
    -> [String]
  {
    var lines: [String] = []
    let firstPad = String(repeating: " ", count: indent)
    let restPad = String(repeating: " ", count: hanging ?? indent)
    var pad: String { lines.isEmpty ? firstPad : restPad }
    var room: Int { max(10, width - pad.count) }
    var line = ""
    var lineWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      var wordWidth = DisplayWidth.of(word)
      if lineWidth > 0, lineWidth + 1 + wordWidth > room {
        lines.append(pad + line)
        line = ""
        lineWidth = 0
      }
      // A word longer than the line is cut by columns.
      while wordWidth > room {
        var head = ""
        var headWidth = 0
        for character in word {
          let w = DisplayWidth.of(character)
          if headWidth + w > room { break }
          head.append(character)
          headWidth += w
        }
        lines.append(pad + head)
        word = String(word.dropFirst(head.count))
        wordWidth = DisplayWidth.of(word)
      }
      if lineWidth > 0 {
        line += " "
        lineWidth += 1
      }
      line += word
      lineWidth += wordWidth
    }
    if !line.isEmpty || lines.isEmpty { lines.append(pad + line) }
    return lines
  }
}
