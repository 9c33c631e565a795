import ArgumentParser
import PainDesk

/// `revenue-model`: the monthly revenue report (`report`, the default) and the
/// practice-economics scenario model (`scenario`).
public struct RevenueModelCommand: ToolWithSubcommands {
  public init() {}

  public static let configuration = CommandConfiguration(
    commandName: "revenue-model",
    abstract: "The monthly revenue report, and the scenario model.",
    discussion: """
      'report' (the default) reads the ledger and prints one report_row per \
      metric, dimension and period: procedures and expected revenue, \
      authorizations and the first-pass denial rate, payer turnaround, appeals, \
      revenue at risk, scheduling, compliance and staff effort, for a month (or \
      --from/--to), the previous period and the same period last year. \
      'scenario' computes what the back-office work is worth in a year from a \
      scenario JSON.

      EXAMPLES
        revenue-model --month 2026-10 --format table
        revenue-model report --format html > october.html
        revenue-model report --format ndjson | jq -c 'select(.unit == "ratio")'
        revenue-model scenario --scenario p.json --vary working_weeks=40..50
      """,
    version: PainDeskVersion.line("revenue-model"),
    subcommands: [RevenueReportCommand.self, RevenueScenarioCommand.self],
    defaultSubcommand: RevenueReportCommand.self
  )
}
