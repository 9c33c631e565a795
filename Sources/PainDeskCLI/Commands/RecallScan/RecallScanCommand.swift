import ArgumentParser
import PainDesk

/// `recall-scan`: chronic-patient recall (the default `list`), outreach (`log`) and
/// cancellation fill (`fill`).
public struct RecallScanCommand: ToolWithSubcommands {
  public init() {}

  public static let configuration = CommandConfiguration(
    commandName: "recall-scan",
    abstract: "Patients due for a visit; outreach; filling cancelled slots.",
    discussion: """
      Reads the ledger. 'list' (the default) prints recall records: patients due or \
      overdue for a visit, one line per reason, overdue opioid follow-ups first. \
      'log' records outreach attempts; after recall.letter_after_attempts failed \
      calls a recall's action becomes letter, then discharge_review. 'fill' proposes \
      waitlisted patients for open slots as offer records, and with --book records \
      the booking.

      EXAMPLES
        recall-scan --as-of 2026-11-29 --format csv > calls.csv
        recall-scan --format ndjson | jq -c 'select(.priority == 1)'
        recall-scan log --patient P0042 --channel phone --result voicemail
        recall-scan fill --slot SL0001 --book --dry-run
      """,
    version: PainDeskVersion.line("recall-scan"),
    subcommands: [RecallListCommand.self, RecallLogCommand.self, RecallFillCommand.self],
    defaultSubcommand: RecallListCommand.self
  )
}
