import PlenumCLI

// The entry point is the root command; its `main()` (Plenum.swift) runs ArgumentParser's
// parse and the command, then reports failures with the documented exit codes.
@main
extension Plenum {}
