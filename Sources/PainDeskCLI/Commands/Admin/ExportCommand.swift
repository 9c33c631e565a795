import ArgumentParser
import PainDesk

struct ExportCommand: ToolCommand {
  static let toolName = "paindesk"
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the ledger's current records as NDJSON.",
    discussion: """
      Kinds in dependency order, records by id, void records left out, canonical JSON \
      (keys sorted): the same ledger always gives the same bytes, and export, import \
      into a new ledger and export again gives them again, but for ledger_version.

      Each record carries ledger_version, the hash of its last event: change records \
      in a pipe and import them, and a record someone changed meanwhile is refused \
      (exit 75) instead of overwritten; see paindesk-records(7).

      EXAMPLES
        paindesk export > clinic.ndjson
        paindesk export --kind patient --kind coverage \\
          | jq -c 'select(.state == "TX")'
        paindesk export --kind patient \\
          | jq -c 'select(.id == "P0001") | .phone = "555-0100"' \\
          | paindesk import
      """)

  @OptionGroup var common: CommonOptions
  @Option(
    name: .long, help: ArgumentHelp("Only this kind (repeatable).", valueName: "kind"),
    completion: .list(RecordKind.stored.map(\.rawValue)), transform: RecordKind.storedArgument)
  var kind: [RecordKind] = []

  func run(context: ToolContext) throws {
    let ledger = try context.openLedger()
    context.extraRecordsOut = try ledger.export(kinds: kind.isEmpty ? nil : kind, to: context.stdout)
  }
}
