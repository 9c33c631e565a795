import PainDeskCLI

AppealPackCommand.main()
