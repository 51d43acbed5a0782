import Foundation
import Testing

/// `--deck FILE` is how every command that reads a deck is given one; `study`, `stats` and
/// `doctor` still take the older positional deck, hidden from help, but not both at once.
@Suite("The deck option")
struct DeckOptionTests {
  /// A sandbox with a three-card deck of its own ("Week three", id week-three) and one review
  /// of it by learner `ana`, made with `--deck`.
  private func sandboxWithWeekThree() throws -> Sandbox {
    let sandbox = try Sandbox()
    let generate = try sandbox.run([
      "generate", "--size", "3", "--id", "week-three", "--title", "Week three", "--out",
      "week3.json",
    ])
    #expect(generate.status == 0, "\(generate.stderr)")
    let study = try sandbox.run(
      ["study", "--deck", "week3.json", "--learner", "ana", "--progress", sandbox.progress],
      input: "\n\n")
    #expect(study.status == 0, "\(study.stderr)")
    #expect(study.stdout.hasPrefix("Week three — 0 due, 3 new. Type :help for commands"))
    return sandbox
  }

  @Test func studyTakesTheDeckEitherWay() throws {
    let sandbox = try sandboxWithWeekThree()
    let old = try sandbox.run(
      ["study", "week3.json", "--learner", "ben", "--progress", sandbox.progress], input: "")
    #expect(old.status == 0)
    #expect(old.stdout.hasPrefix("Week three — 0 due, 3 new. Type :help for commands"))
  }

  @Test(arguments: ["stats", "doctor"])
  func theOldPositionalDeckReadsWhatTheOptionReads(command: String) throws {
    let sandbox = try sandboxWithWeekThree()
    let learner = ["--learner", "ana", "--progress", sandbox.progress]
    // The text report, not --json: JSON prints recall to 17 digits, and the clock moves on
    // from PLENUM_NOW between the two runs.
    let json: [String] = []
    let option = try sandbox.run([command, "--deck", "week3.json"] + json + learner)
    let positional = try sandbox.run([command, "week3.json"] + json + learner)
    #expect(option.status == 0, "\(option.stderr)")
    #expect(positional.status == option.status)
    #expect(positional.stdout == option.stdout)
    #expect(positional.stderr == option.stderr)
    if command == "stats" {
      // The default deck has 204 cards, not 3: the deck given was the one read.
      let embedded = try sandbox.run([command] + json + learner)
      #expect(embedded.stdout != option.stdout)
    } else {
      #expect(option.stdout.hasPrefix("No problems: 1 review and 0 undos in 1 file under "))
    }
    // A deck that is not there is refused the same way whichever way it is given.
    let missing = try sandbox.run([command, "--deck", "gone.json"] + json + learner)
    let missingOld = try sandbox.run([command, "gone.json"] + json + learner)
    #expect(missing.status == 66)
    #expect(
      missing.stderr
        == "plenum: The deck 'gone.json' does not exist. Make one with 'plenum generate --out gone.json' or check the path.\n"
    )
    #expect(missingOld.status == 66)
    #expect(missingOld.stderr == missing.stderr)
  }

  @Test(arguments: ["study", "stats", "doctor"])
  func theDeckGivenBothWaysIsAUsageError(command: String) throws {
    let sandbox = try sandboxWithWeekThree()
    let before = Sandbox.listing(sandbox.root)
    let result = try sandbox.run(
      [
        command, "--deck", "week3.json", "other.json", "--learner", "ana", "--progress",
        sandbox.progress,
      ], input: "\n\n")
    #expect(result.status == 64)
    #expect(result.stdout == "")
    #expect(
      result.stderr.split(separator: "\n").first
        == "Error: The deck is given twice ('--deck week3.json' and 'other.json'); give it once, with --deck."
    )
    #expect(Sandbox.listing(sandbox.root) == before, "nothing may be written")
  }

  @Test(arguments: ["study", "stats", "doctor", "grade", "report"])
  func helpShowsOnlyTheOption(command: String) throws {
    let sandbox = try Sandbox()
    let help = try sandbox.run([command, "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("--deck <deck>"))
    #expect(!help.stdout.contains("positional-deck"))
  }
}
