import ArgumentParser
@preconcurrency import Foundation
import PlenumKit

/// The `plenum` command: study the August 1956 Plenum, generate decks, see progress.
public struct Plenum: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "plenum",
    abstract: "Study the August 1956 Plenum of the Korean Workers' Party with spaced repetition.",
    discussion: """
      With no command, 'plenum' starts studying the default deck. Progress is kept in
      progress/<learner>/ inside the project folder, else in $XDG_DATA_HOME/plenum/<learner>/.
      PLENUM_NOW=2026-09-01T09:00:00Z runs at another time (for demos and tests).
      """,
    version: "1.0.0",
    subcommands: [
      Study.self, Generate.self, Grade.self, Stats.self, Settings.self, Optimize.self,
      ExportLog.self, Doctor.self, Report.self, CorpusCommand.self,

    ],
    defaultSubcommand: Study.self)

  public init() {}

  /// The program (`@main` in the plenum target): ArgumentParser's own `main()` would print
  /// "Error: " and exit 1 for every failure of ours, and echo typed text uncleaned.
  public static func main() { runMain() }

  /// Runs the command line and exits with the documented code for each failure.
  public static func runMain(_ arguments: [String]? = nil) -> Never {
    setvbuf(stdout, nil, _IOLBF, 0)
    // Past a file-size limit (ulimit -f) the kernel would kill the process with SIGXFSZ
    // before the review could be reported as unsaved; ignored, write(2) fails with EFBIG,
    // which is reported like a full disk (exit 74).
    signal(SIGXFSZ, SIG_IGN)
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      Foundation.exit(ExitStatus.success)
    } catch let failure as any CategorizedFailure {
      Foundation.exit(Console.report(failure))
    } catch {
      // ArgumentParser's own errors (usage, --help, --version) echo what was typed: cleaned.
      let code = exitCode(for: error)
      let message = ConsoleText(untrusted: fullMessage(for: error), keepNewlines: true)
      if !message.text.isEmpty {
        if code == .success { Console.say(message) } else { Console.note(message) }
      }
      Foundation.exit(code.rawValue)
    }
  }
}
