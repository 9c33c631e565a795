import PainDeskCLI

PASubmitCommand.main()
