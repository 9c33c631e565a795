import ArgumentParser
import PainDesk

struct BackupCommand: ToolCommand {
  static let toolName = "paindesk"
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: "Write a consistent copy of the ledger (mode 0600).",
    discussion: """
      Uses SQLite's online backup, so others keep working meanwhile. The copy is a \
      ledger like the original: keep it as safe as the original (it holds PHI). \
      Refuses to overwrite an existing file.

      EXAMPLES
        paindesk backup /backups/ledger-$(date +%F).sqlite
      """)

  @OptionGroup var common: CommonOptions
  @Argument(help: ArgumentHelp("The new file.", valueName: "file"), completion: .file(extensions: ["sqlite"]))
  var file: String

  func run(context: ToolContext) throws {
    try context.openLedger().backup(to: file)
  }
}
