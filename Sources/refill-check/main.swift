import PainDeskCLI

RefillCheckCommand.main()
