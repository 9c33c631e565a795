import ArgumentParser
import PainDesk

/// `revenue-model`: the monthly revenue report (`report`, the default) and the
/// practice-economics scenario model (`scenario`).
public struct RevenueModelCommand: ParsableCommand {
  public init() {}

  public static let configuration = CommandConfiguration(
    commandName: "revenue-model",
    abstract: "The monthly revenue report from the ledger, and the practice's scenario model.",
    discussion: """
      'report' (the default) reads the ledger and prints one report_row per metric,
      dimension and period: procedures and expected revenue, authorizations and the
      first-pass denial rate, payer turnaround, appeals, revenue at risk, scheduling,
      compliance and staff effort, for a month (or --from/--to), the previous period
      and the same period last year. 'scenario' computes what the back-office work is
      worth in a year from a scenario JSON.

      EXAMPLES
        revenue-model --month 2026-10 --format table
        revenue-model report --format html > october.html
        revenue-model report --format ndjson | jq -c 'select(.metric == "first_pass_denial_rate")'
        revenue-model scenario --scenario practice.json --vary first_pass_denial_after=0.10..0.30
      """,
    version: PainDeskVersion.string,
    subcommands: [RevenueReportCommand.self, RevenueScenarioCommand.self],
    defaultSubcommand: RevenueReportCommand.self
  )
}

/// The report's output formats: the shared four plus html.
enum RevenueFormat: String, CaseIterable {
  case table, ndjson, csv, json, html

  static func resolve(_ text: String?, stdoutIsTerminal: Bool, allowHTML: Bool) throws -> RevenueFormat {
    guard let text else { return stdoutIsTerminal ? .table : .ndjson }
    let allowed = allCases.filter { allowHTML || $0 != .html }
    guard let f = RevenueFormat(rawValue: text), allowed.contains(f) else {
      throw ValidationError("unknown format '\(text)': use one of \(allowed.map(\.rawValue).joined(separator: ", "))")
    }
    return f
  }

  var output: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

/// Writes report rows: ndjson/json as records (kind, id and every column), csv with
/// exactly the report_row columns, table pivoted with the comparison periods.
enum RevenueRowWriter {
  /// `shown`: for a table, the periods that get a line (others fill comparison columns).
  static func write(
    _ rows: [ReportRow], format: RevenueFormat, context: ToolContext, comparisons: [String] = [], shown: Set<String>? = nil
  ) throws {
    switch format {
    case .ndjson, .json, .csv:
      let w = context.writer(format: format.output!, columns: format == .csv ? RevenueReport.columns : nil)
      for r in rows { w.write(RevenueReport.record(r)) }
      try w.finish()
    case .table:
      var index: [String: ReportRow] = [:]
      for r in rows { index[r.id] = r }
      let lines = shown.map { s in rows.filter { s.contains($0.period ?? "") } } ?? rows
      var cols = ["metric", "dimension", "key", "unit", "period", "value"]
      cols += comparisons.dropFirst()
      let table = lines.map { r -> [String] in
        var cells = [r.metric, r.dimension ?? "", r.key ?? "", r.unit.rawValue, r.period ?? "", RevenueReportHTML.text(r)]
        for p in comparisons.dropFirst() {
          let id = RevenueRows.id(metric: r.metric, dimension: r.dimension, key: r.key, period: p)
          cells.append(index[id].map(RevenueReportHTML.text) ?? "")
        }
        return cells
      }
      context.stdout.write(TableFormat.render(columns: cols, rows: table, color: false))
    case .html:
      break
    }
  }
}
