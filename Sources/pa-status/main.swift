import PainDeskCLI

PAStatusCommand.main()
