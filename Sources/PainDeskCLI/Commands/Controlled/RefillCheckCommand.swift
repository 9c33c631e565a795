import ArgumentParser
import PainDesk

/// refill-check: the refill queue (default), the audit, and pickup confirmation.
public struct RefillCheckCommand: ToolWithSubcommands {
  public static let configuration = CommandConfiguration(
    commandName: "refill-check",
    abstract: "Route controlled-substance refills, with their paperwork.",
    discussion: """
      Never a clinical decision: refill-check says whether the paperwork is in order \
      (ready_for_prescriber) or what is missing (needs_action), and passes the \
      guideline signals to the prescriber.

      EXAMPLES
        paindesk export --kind refill_request | refill-check --as-of 2026-11-29
        refill-check audit --from 2026-10-01 --to 2026-10-31 --html audit.html
        refill-check pickups --days 7 --format table
        refill-check pickup --rx RX0042 --on 2026-11-28 --pharmacy "Main St Pharmacy"
        refill-check close RR0001 --status approved
      """,
    version: PainDeskVersion.line("refill-check"),
    subcommands: [RefillQueueCommand.self, RefillAuditCommand.self, PickupsCommand.self, PickupCommand.self, RefillCloseCommand.self],
    defaultSubcommand: RefillQueueCommand.self)

  public init() {}
}
