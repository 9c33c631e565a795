import ArgumentParser
import PainDesk

/// `paindesk`, the admin command: the ledger's life (init, import, export, verify, head,
/// void, backup), the contract (schema), the rules (config) and the demo clinic.
public struct PainDeskCommand: ToolWithSubcommands {
  public init() {}

  public static let configuration = CommandConfiguration(
    commandName: "paindesk",
    abstract: "Keep the PainDesk ledger: create, import, export, verify, back up.",
    discussion: """
      The ledger is one SQLite file holding every record as an append-only, \
      hash-chained event log plus the current state. Other PainDesk commands \
      (pa-submit, pa-status, ...) read and write it; this one administers it.

      EXAMPLES
        paindesk init                              create the ledger (0600)
        paindesk demo --as-of 2026-11-29           build the demo clinic
        paindesk import patients.ndjson            import records (idempotent)
        paindesk import --skip-bad rejects.ndjson < batch.ndjson
        paindesk export --kind auth | jq -c 'select(.status == "denied")'
        paindesk verify --head "$(cat head.txt)"   prove nothing was changed or cut
        paindesk void auth A0042 --reason "entered on the wrong patient"
        paindesk backup /backups/ledger-$(date +%F).sqlite
        paindesk access-log --since 2026-11-01     who opened the ledger
      """ + "\n\n" + ToolFamily.listing,
    version: PainDeskVersion.line("paindesk"),
    subcommands: [
      InitCommand.self, ImportCommand.self, ExportCommand.self, VerifyCommand.self, HeadCommand.self,
      VoidCommand.self, BackupCommand.self, ConfigCommand.self, SchemaCommand.self, DemoCommand.self,
      AccessLogCommand.self,
    ]
  )
}
