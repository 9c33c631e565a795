import ArgumentParser
import PainDesk

struct RevenueReportCommand: ToolCommand {
  static let toolName = "revenue-model"
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "The revenue report of a month or a date range (the default).",
    discussion: """
      One report_row per metric, dimension and period (metric, dimension, key, \
      period, value, unit, formula; rates as fractions; cents as integers), for \
      the period, the previous period and the same period last year; expected \
      revenue, paid amounts, first-pass denial rates and first decisions also \
      for each of the 12 months ending with the period; revenue at risk, recalls \
      and drug screens overdue as of --as-of. CSV has exactly those seven \
      columns in every mode; table pivots the comparison periods into columns; \
      html is one printable page with four SVG charts. A rate with nothing to \
      divide by is left out, not printed as 0.

      EXAMPLES
        revenue-model report --month 2026-10 --format csv > october.csv
        revenue-model report --from 2026-10-01 --to 2026-10-15 --format table
        revenue-model report --format html --out report.html
        revenue-model report --minutes pa-submit=25 --format csv | grep ^pa_hours
      """)

  @OptionGroup var common: CommonOptions

  @Option(
    help: ArgumentHelp("Output format: table, ndjson, csv, json or html (default: table on a terminal, else ndjson).", valueName: "format"),
    completion: .list(RevenueFormat.allCases.map(\.rawValue)))
  var format: String?

  @Option(help: ArgumentHelp("The month to report, YYYY-MM (default: the last full month before --as-of).", valueName: "month"))
  var month: String?

  @Option(help: ArgumentHelp("First day of a date range (with --to).", valueName: "date"), transform: LocalDate.argument)
  var from: LocalDate?

  @Option(help: ArgumentHelp("Last day of a date range (with --from).", valueName: "date"), transform: LocalDate.argument)
  var to: LocalDate?

  @Option(
    help: ArgumentHelp("Write the report to this file (0600, or 0660 for a group ledger) instead of stdout.", valueName: "file"),
    completion: .file(extensions: ["html", "csv", "ndjson", "json"]))
  var out: String?

  @Option(help: ArgumentHelp("Minutes of staff work per ledger event of a tool, TOOL=MINUTES (repeatable).", valueName: "tool=minutes"))
  var minutes: [String] = []

  func validate() throws {
    if month != nil && (from != nil || to != nil) { throw ValidationError("give --month, or --from and --to, not both") }
    if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together") }
    if let month, RevenuePeriod.parseMonth(month) == nil { throw ValidationError("--month '\(month)' is not YYYY-MM") }
    if let from, let to, to < from { throw ValidationError("--to is before --from") }
    _ = try minuteSettings()
    _ = try RevenueFormat.resolve(format, stdoutIsTerminal: false, allowHTML: true)
  }

  func minuteSettings() throws -> [String: Double] {
    var m = RevenueSettings.defaultMinutes
    for item in minutes {
      let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, !parts[0].isEmpty, let v = Double(parts[1]), v >= 0 else {
        throw ValidationError("--minutes '\(item)' is not TOOL=MINUTES")
      }
      m[parts[0]] = v
    }
    return m
  }

  func run(context: ToolContext) throws {
    if let out { try context.sendOutput(to: out) }
    let format = try RevenueFormat.resolve(format, stdoutIsTerminal: context.outputIsTerminal, allowHTML: true)
    let rules = try context.rules()
    let asOf = try context.asOf()
    let period: RevenuePeriod
    if let month { period = RevenuePeriod.parseMonth(month)! } else if let from, let to {
      period = RevenuePeriod(from: from, to: to)
    } else {
      period = RevenuePeriod.lastFullMonth(before: asOf.date)
    }
    let ledger = try context.openLedger()
    var options = RevenueReport.Options(period: period, asOf: asOf)
    options.settings.minutesPerEvent = try minuteSettings()
    let rows = try RevenueReport.run(ledger: ledger, rules: rules, options: options)
    if format == .html {
      context.stdout.write(RevenueReportHTML.render(rows: rows, period: period, asOf: asOf.date))
    } else {
      let comparisons = [period.label, period.previous.label, period.lastYear.label]
      try RevenueRowWriter.write(
        rows, format: format, context: context, comparisons: comparisons, shown: [period.label, asOf.date.description])
    }
    context.diagnostics.detail("\(rows.count) row(s) for \(period.label) as of \(asOf.date)")
  }
}
