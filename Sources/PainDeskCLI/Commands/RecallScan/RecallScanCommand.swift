import ArgumentParser
import PainDesk

/// `recall-scan`: chronic-patient recall (the default `list`), outreach (`log`) and
/// cancellation fill (`fill`).
public struct RecallScanCommand: ParsableCommand {
  public init() {}

  public static let configuration = CommandConfiguration(
    commandName: "recall-scan",
    abstract: "List patients due for a visit, log outreach, fill cancelled slots from the waitlist.",
    discussion: """
      Reads the ledger. 'list' (the default) prints recall records: patients due or
      overdue for a visit, one line per reason, overdue opioid follow-ups first.
      'log' records outreach attempts; after recall.letter_after_attempts failed
      calls a recall's action becomes letter, then discharge_review. 'fill' proposes
      waitlisted patients for open slots as offer records, and with --book records
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

/// Parses an enumeration flag value, or says which values it takes (exit 64).
func parseChoice<T: RawRepresentable & CaseIterable>(_ text: String, _ flag: String, as: T.Type) throws -> T
where T.RawValue == String {
  guard let v = T(rawValue: text) else {
    throw ValidationError("unknown \(flag) '\(text)': use one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
  }
  return v
}
