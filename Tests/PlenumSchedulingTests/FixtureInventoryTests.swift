import Foundation
import Testing

/// Every vector line is replayed by some test: a dropped-in file of an unknown shape fails here.
@Suite struct FixtureInventoryTests {
  @Test func everyVectorLineHasAKnownShape() throws {
    let decoder = Fixtures.decoder()
    var files = 0
    for file in try Fixtures.vectorFiles() {
      files += 1
      for (number, data) in try Fixtures.lines(of: file) {
        let shape = try decoder.decode(VectorShape.self, from: data)
        #expect(
          shape.isCardHistory || shape.isFuzzRow || shape.isSM2History,
          "\(file.lastPathComponent):\(number) is neither an FSRS or SM-2 card history nor a fuzz row"
        )
      }
    }
    #expect(files >= 4)
  }
}
