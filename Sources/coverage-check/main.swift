import PainDeskCLI

CoverageCheckCommand.main()
