import PainDeskCLI
RevenueModelCommand.main()
