import ArgumentParser
import PlenumScheduling

extension SchedulerKind: ExpressibleByArgument {}

/// Where progress lives and whose it is; shared by every command that reads or writes it.
struct ProgressOptions: ParsableArguments {
  @Option(help: "The learner whose progress to use (letters, digits, '-', '_', '.').")
  var learner: String = "default"

  @Option(
    name: .customLong("progress"),
    help: ArgumentHelp(
      "The progress folder (default: ./progress in the project, else $XDG_DATA_HOME/plenum).",
      valueName: "dir"))
  var progressFolder: String?

  @Option(help: "The scheduler: fsrs or sm2 (default: the learner's setting, else fsrs).")
  var scheduler: SchedulerKind?
}
