import PainDeskCLI
PainDeskCommand.main()
