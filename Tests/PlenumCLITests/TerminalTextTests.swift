import PlenumCLI
import Testing

@Suite("Text on the terminal")
struct TerminalTextTests {
  @Test func escapeSequencesAndControlsAreRemoved() {
    let hostile =
      "A\u{1B}]52;c;ZXZpbA==\u{07}B\u{1B}[2JC\u{9B}31mD\u{1B}PtmuxE\u{1B}\\F"
      + "\u{0}G\u{7F}H\u{202E}I\tJ\nK"
    #expect(TerminalText.safe(hostile) == "ABCDFGHI J K")
    #expect(TerminalText.safe("line\nbreak", keepNewlines: true) == "line\nbreak")
    #expect(TerminalText.safe("김일성 Kim Il Sung 🇰🇵 é") == "김일성 Kim Il Sung 🇰🇵 é")
  }

  @Test func widthsCountHangulAndEmojiAsTwoAndMarksAsNone() {
    #expect(DisplayWidth.of("Kim") == 3)
    #expect(DisplayWidth.of("김일성") == 6)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("😀") == 2)
  }

  @Test func wrappingMeasuresColumnsAndHangsOptionText() {
    #expect(TextWrapper.wrap("aaa bbb ccc ddd", width: 10) == ["aaa bbb", "ccc ddd"])
    #expect(TextWrapper.wrap("김일성 김두봉 최창익", width: 14) == ["김일성 김두봉", "최창익"])
    #expect(
      TextWrapper.wrap("a) one two three four five six", width: 20, indent: 2, hanging: 5)
        == ["  a) one two three", "     four five six"])
    let long = String(repeating: "x", count: 25)
    #expect(TextWrapper.wrap(long, width: 10).map(\.count) == [10, 10, 5])
  }
}
