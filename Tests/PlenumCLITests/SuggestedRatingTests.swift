import Foundation
import Testing

/// The rating Enter accepts after each verdict: correct → Good, close → Hard, wrong → Again.
@Suite struct SuggestedRatingTests {
  @Test func aCloseAnswerSuggestsHard() throws {
    let sandbox = try Sandbox()
    let (deck, data) = try GeneratedDeck.load(in: sandbox)
    let card = try #require(
      deck.cards.first {
        $0.expected.type == "name" && $0.forms.contains("typed") && $0.answer.count >= 6
      })
    // A deck of that one card, asked typed.
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var only = try #require(
      (object["cards"] as? [[String: Any]])?.first { $0["id"] as? String == card.id })
    only["forms"] = ["typed"]
    object["cards"] = [only]
    let path = sandbox.root + "/one.json"
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
    let typo = String(card.answer.dropLast())
    let result = try sandbox.run(
      ["study", path, "--progress", sandbox.progress], input: typo + "\n\n:quit\n")
    #expect(result.status == 0, "\(result.stderr)")
    let question = try #require(SessionTranscript(result.stdout).questions.first)
    #expect(question.after.first == "≈ Close. The answer is \(card.answer).")
    #expect(question.after.contains("Rate it: Enter = Hard · 1 Again · 2 Hard · 3 Good · 4 Easy"))
    #expect(question.saved?.hasPrefix("Saved: Hard. ") == true)
    #expect(LogFile.all(in: sandbox.learnerFolder()).flatMap(\.reviews).map(\.rating) == [2])
    #expect(LogFile.all(in: sandbox.learnerFolder()).flatMap(\.reviews).map(\.verdict) == ["close"])
  }
}
