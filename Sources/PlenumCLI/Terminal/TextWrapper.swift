/// Wraps text to a width measured in display columns, never splitting a word that fits.
public enum TextWrapper {
  /// Lines of at most `width` columns; the first starts after `indent` spaces, the rest
  /// after `hanging` spaces (default: the same), so "a) …" options align their text.
  ///
  /// One pass over the characters: a word longer than a line is cut by columns as it goes,
  /// so even a 10 MB word takes linear time.
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
    func finishLine() {
      lines.append(pad + line)
      line = ""
      lineWidth = 0
    }
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let wordWidth = DisplayWidth.of(String(word))
      if lineWidth > 0, lineWidth + 1 + wordWidth > room { finishLine() }
      if lineWidth > 0 {
        line += " "
        lineWidth += 1
      }
      if wordWidth <= room - lineWidth {
        line += word
        lineWidth += wordWidth
        continue
      }
      // Longer than a whole line: cut it by columns.
      for character in word {
        let characterWidth = DisplayWidth.of(character)
        if lineWidth + characterWidth > room { finishLine() }
        line.append(character)
        lineWidth += characterWidth
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(pad + line) }
    return lines
  }
}
