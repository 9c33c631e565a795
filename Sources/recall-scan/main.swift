import PainDeskCLI
RecallScanCommand.main()
