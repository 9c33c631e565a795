import PainDeskCLI

RecordsTrackCommand.main()
