import Testing

@testable import PlenumExport

@Suite struct AnkiNoteContentTests {
  @Test func frontListsChoicesAndBackEndsWithSources() {
    let deck = AnkiSampleDeck.deck
    let note = AnkiNoteContent(deck: deck, card: deck.cards[0])
    #expect(note.guid == "Tx4G0qKZKx")
    #expect(note.front == "When did the <August> plenum open?\na) 30 August 1956\nb) 6 March 1956")
    #expect(
      note.back
        == "30 August 1956\n\nIt opened & closed within two days.\n\nSource: Document No. 16 — Report on the plenum"
    )
    #expect(note.tags == ["plenum", "event-date", "august-plenum"])
    #expect(AnkiNoteContent(deck: deck, card: deck.cards[2]).tags.last == "yan'an_faction")
  }

  @Test func htmlEscapesMarkupAndBreaksLines() {
    #expect(
      AnkiNoteContent.html("a < b & c > d\ne\r\nf \"q\"")
        == "a &lt; b &amp; c &gt; d<br>e<br>f \"q\"")
  }

  @Test func htmlDropsControlCharactersThatWouldSplitFields() {
    #expect(AnkiNoteContent.html("a\u{1F}b\u{0}c\td\re\u{7F}") == "abc\td<br>e")
  }

  @Test func plainTextIsWhatAnkiStripsFromTheHTML() {
    #expect(AnkiNoteContent.plainText(ofHTML: "a &lt;b&gt;<br>&amp;lt;") == "a <b>&lt;")
    #expect(AnkiNoteContent.plainText(ofHTML: "x\u{A0}y<br>z") == "x\u{A0}yz")
    #expect(AnkiNoteContent.plainText(ofHTML: "x\u{A0}&amp;") == "x &")
  }

  @Test func textExportKeepsItsFormat() {
    #expect(
      AnkiText.render(AnkiSampleDeck.deck) == """
        #separator:tab
        #html:false
        #notetype:Basic
        #deck:August Plenum
        #guid column:1
        #tags column:4
        Tx4G0qKZKx\t"When did the <August> plenum open?
        a) 30 August 1956
        b) 6 March 1956"\t"30 August 1956

        It opened & closed within two days.

        Source: Document No. 16 — Report on the plenum"\tplenum event-date august-plenum
        LsOB2Bl1uy\t"Put these in order.
        a) Trip abroad
        b) Plenum"\t"a, b

        The trip came first.

        Source: Document No. 16 — Report on the plenum"\tplenum chronology august-plenum
        BnjSpCGfzP\tWhat became of Choe Chang-ik?\t"Expelled

        He lost his posts.
        Later he was purged.

        Source: Document No. 16 — Report on the plenum; Document No. 16 — Report on the plenum"\tplenum actor-fate choe-changik yan'an_faction

        """)
  }
}
