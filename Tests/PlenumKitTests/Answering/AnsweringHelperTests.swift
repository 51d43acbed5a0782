import PlenumKit
import Testing

@Suite struct RomanizationKeyTests {
  @Test func variantsOfOneNameShareAKey() {
    #expect(RomanizationKey.make("Pak Chang-ok") == "PaKCanKoK")
    #expect(RomanizationKey.make("Bak Changok") == "PaKCanKoK")
    #expect(RomanizationKey.make("Park Ch'ang-ok") == "PaKCanKoK")
    #expect(RomanizationKey.make("Ch'oe Yŏng-kŏn") == RomanizationKey.make("Choe Yonggeon"))
    #expect(RomanizationKey.make("Yun Kong-hŭm") == RomanizationKey.make("Yun Gongheum"))
    #expect(RomanizationKey.make("Kapsan") == RomanizationKey.make("Gapsan"))
    #expect(RomanizationKey.make("Tu-bong") == RomanizationKey.make("Dubong"))
    #expect(RomanizationKey.make("Ri Pil-gyu") == RomanizationKey.make("Li Pilgyu"))
    #expect(RomanizationKey.make("Rhee Pil-gyu") == RomanizationKey.make("Yi Pil-gyu"))
  }

  @Test func differentPeopleKeepDifferentKeys() {
    #expect(RomanizationKey.make("Choe Chang-ik") != RomanizationKey.make("Choe Yong-geon"))
    #expect(RomanizationKey.make("Kim Tu-bong") != RomanizationKey.make("Kim Il Sung"))
    #expect(RomanizationKey.make("Gim Changil") != RomanizationKey.make("Gim Changman"))
    #expect(EpisodeNames.index.collidingIDs.isEmpty)
  }

  @Test func decomposedBrevesMatchPrecomposedOnes() {
    #expect(RomanizationKey.make("So\u{306} Hwi") == RomanizationKey.make("S\u{14F} Hwi"))
    #expect(RomanizationKey.make("So\u{306} Hwi") == RomanizationKey.make("Seo Hwi"))
  }

  @Test func tokenKeysSplitOnSpacesAndHyphensAndDropALeadingThe() {
    #expect(RomanizationKey.tokenKeys("the Kim Il-sung") == ["Kim", "il", "sonK"])
    #expect(RomanizationKey.tokenKeys("?!") == [])
  }
}

@Suite struct EditDistanceTests {
  @Test func countsEditsAndAdjacentSwaps() {
    #expect(EditDistance.damerau("", "") == 0)
    #expect(EditDistance.damerau("abc", "") == 3)
    #expect(EditDistance.damerau("kitten", "sitting") == 3)
    #expect(EditDistance.damerau("chnag", "chang") == 1)
    #expect(EditDistance.damerau("ca", "abc") == 3)
  }

  @Test func stopsAtTheLimit() {
    #expect(EditDistance.damerau("kitten", "sitting", limit: 1) == 2)
    #expect(EditDistance.damerau("a", String(repeating: "b", count: 10_000), limit: 2) == 3)
  }
}

@Suite struct KendallTauTests {
  @Test func countsPairsInOppositeOrder() {
    #expect(KendallTau.distance([0, 1, 2, 3], [0, 1, 2, 3]) == 0)
    #expect(KendallTau.distance([1, 0, 2, 3], [0, 1, 2, 3]) == 1)
    #expect(KendallTau.distance([3, 2, 1, 0], [0, 1, 2, 3]) == 6)
    #expect(KendallTau.distance(["b", "a", "d", "c"], ["a", "b", "c", "d"]) == 2)
    #expect(KendallTau.distance([2, 0, 1], [0, 1, 2]) == 2)
    #expect(KendallTau.maximum(count: 5) == 10)
  }

  @Test func handlesLongOrderingsQuickly() {
    let reversed = Array((0..<100_000).reversed())
    #expect(KendallTau.distance(reversed, Array(0..<100_000)) == KendallTau.maximum(count: 100_000))
  }
}
