import ArgumentParser
import Foundation
import PainDesk

struct RevenueScenarioCommand: ToolCommand {
  static let toolName = "revenue-model"
  static let configuration = CommandConfiguration(
    commandName: "scenario",
    abstract: "What the back-office work is worth in a year, from a scenario JSON.",
    discussion: """
      Reads one JSON object (stdin, or --scenario FILE) with physicians, \
      procedures_per_physician_month, avg_reimbursement_cents, \
      first_pass_denial_before, first_pass_denial_after, appeal_recovery_rate, \
      pa_hours_per_physician_week_before, pa_hours_per_physician_week_after, \
      working_weeks, cancellation_fills_per_month and va_cost_cents_per_month; \
      optional denied_revenue_lost_share (default 1.0), appealed_share (default \
      1.0) and physician_hour_value_cents. Prints report_row records: \
      annual_procedure_revenue, pa_efficiency_revenue, appeal_recovery_revenue, \
      physician_hours_recovered, scheduling_revenue, va_cost and net_impact, \
      each with its formula and the numbers used. Needs no ledger unless --from-ledger, \
      which measures physicians, procedures, reimbursement, the first-pass \
      denial rate (as 'before'), the appeal recovery rate and waitlist \
      fills from the 12 full months before --as-of. A missing or invalid field \
      exits 65 naming it.

      EXAMPLES
        revenue-model scenario --scenario practice.json --format table
        echo '{"physicians":3,...}' | revenue-model scenario
        revenue-model scenario --scenario p.json --vary appealed_share=0.5..1
        revenue-model scenario --from-ledger --scenario targets.json
      """)

  @OptionGroup var common: CommonOptions

  @Option(
    help: ArgumentHelp("Output format: table, ndjson, csv or json (default: table on a terminal, else ndjson).", valueName: "format"),
    completion: .list(["table", "ndjson", "csv", "json"]))
  var format: String?

  @Option(help: ArgumentHelp("The scenario JSON file (default: stdin).", valueName: "file"), completion: .file(extensions: ["json"]))
  var scenario: String?

  @Flag(help: "Fill the measurable parameters from the ledger's last 12 full months.")
  var fromLedger = false

  @Option(help: ArgumentHelp("Print a sensitivity table: vary one field from A to B.", valueName: "name=a..b"))
  var vary: String?

  @Option(help: ArgumentHelp("Steps of the sensitivity table.", valueName: "n"))
  var steps: Int = 5

  func validate() throws {
    _ = try RevenueFormat.resolve(format, stdoutIsTerminal: false, allowHTML: false)
    if let vary, ScenarioVariation(vary) == nil {
      throw ValidationError("--vary '\(vary)' is not NAME=A..B with a scenario field name and two numbers")
    }
    if steps < 2 || steps > 101 { throw ValidationError("--steps must be from 2 to 101") }
  }

  func run(context: ToolContext) throws {
    let format = try RevenueFormat.resolve(format, stdoutIsTerminal: context.terminal.stdoutIsTerminal, allowHTML: false)
    var values: [String: Double] = [:]
    if let scenario {
      guard FileManager.default.isReadableFile(atPath: scenario), let data = FileManager.default.contents(atPath: scenario) else {
        throw ToolkitError(.noInput, "cannot read scenario '\(scenario)': no such file or not readable")
      }
      values = try ScenarioInput.values(json: String(decoding: data, as: UTF8.self), source: scenario)
    } else if !context.terminal.stdinIsTerminal {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      values = try ScenarioInput.values(json: String(decoding: data, as: UTF8.self), source: "stdin")
    } else if !fromLedger {
      throw ToolkitError(.usage, "reading the scenario from stdin, which is a terminal: pipe JSON in or use --scenario FILE")
    }
    if fromLedger {
      let actuals = try ScenarioActuals.values(ledger: try context.openLedger(), rules: try context.rules(), asOf: try context.asOf())
      values.merge(actuals) { _, measured in measured }
    }
    let s = try Scenario(values: values)
    let rows = try vary.flatMap(ScenarioVariation.init).map { try $0.rows(base: s.values, steps: steps) } ?? s.rows()
    let f: RevenueFormat = format
    if f == .table {
      let w = context.writer(format: .table, columns: ["metric", "dimension", "key", "value", "unit"])
      for r in rows {
        var o = RevenueReport.record(r)
        o["value"] = .string(RevenueReportHTML.text(r))
        w.write(o)
      }
      try w.finish()
    } else {
      try RevenueRowWriter.write(rows, format: f, context: context)
    }
  }
}
