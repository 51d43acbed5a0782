import PlenumCLI

Plenum.runMain()
