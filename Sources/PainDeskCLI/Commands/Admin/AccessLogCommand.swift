import ArgumentParser
import PainDesk

struct AccessLogCommand: ToolCommand {
  static let toolName = "paindesk"
  static let configuration = CommandConfiguration(
    commandName: "access-log",
    abstract: "Print who opened the ledger, when, with which tool (the access log).",
    discussion: """
      Every tool run that opens the ledger appends a start line to \
      LEDGER.access.ndjson beside it, and an end line with the records it wrote \
      and its exit status (45 CFR 164.312(b), audit controls). This prints one \
      access record per run: at, actor, tool, subcommand, args (flags and ids; \
      free text shown as "(text)"), ended_at, records_out, exit. A run with no \
      end was killed or is still going. Reading the log does not add to it. \
      Here --actor selects the runs of that actor.

      EXAMPLES
        paindesk access-log --since 2026-11-01 --format table
        paindesk access-log --actor maria --tool pa-status
        paindesk access-log | jq -c 'select(.exit != 0)'
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: FormatOption

  @Option(help: ArgumentHelp("Only runs that started on or after this date (YYYY-MM-DD).", valueName: "date"), transform: LocalDate.argument)
  var since: LocalDate?

  @Option(help: ArgumentHelp("Only runs of this tool (paindesk, pa-status, ...).", valueName: "tool"))
  var tool: String?

  func run(context: ToolContext) throws {
    let query = AccessLogQuery(since: since, actor: common.actor, tool: tool)
    let (runs, skipped) = try query.runs(ledger: context.ledgerPath, calendar: try context.loadConfig().calendar)
    if skipped > 0 { context.diagnostics.warning("\(skipped) line(s) of the access log are not log lines; skipped") }
    let format = try output.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal)
    let columns = format == .table ? ["at", "actor", "tool", "subcommand", "records_out", "exit", "args"] : nil
    let w = context.writer(format: format, columns: columns)
    for r in runs { w.write(r) }
    try w.finish()
  }
}
