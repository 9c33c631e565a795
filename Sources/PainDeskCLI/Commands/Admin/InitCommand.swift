import ArgumentParser
import PainDesk

struct InitCommand: ToolCommand {
  static let toolName = "paindesk"
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a new, empty ledger.",
    discussion: """
      Creates the ledger file (mode 0600) and its folder (0700). With --group, the \
      folder is setgid 2770 and the file 0660, so a team of VAs and the cron user in \
      that group share one ledger. Refuses to touch an existing ledger.

      EXAMPLES
        paindesk init
        paindesk init --ledger /var/lib/paindesk/ledger.sqlite --group paindesk
      """)

  @OptionGroup var common: CommonOptions
  @Option(help: ArgumentHelp("Share the ledger with this Unix group.", valueName: "name"))
  var group: String?

  func run(context: ToolContext) throws {
    _ = try context.createLedger(group: group)
    context.diagnostics.detail("created \(context.ledgerPath)")
  }
}
