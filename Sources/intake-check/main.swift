import PainDeskCLI

IntakeCheckCommand.main()
