import PainDeskCLI

UDSDueCommand.main()
