import PlenumCLI

Plenum.main()
