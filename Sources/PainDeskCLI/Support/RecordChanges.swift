import PainDesk

/// Records what a command made or changed through the importer, as one batch (all or
/// nothing, idempotent); rejected records are listed on stderr and exit 65, naming them as
/// `noun`s. `ledger` when the command has opened it already; `actor` when the events are
/// recorded on behalf of someone other than `--actor` (a pharmacy's confirmation).
@discardableResult
func recordBatch(
  _ records: [JSONObject], tool: String, source: String, context: ToolContext, dryRun: Bool, ledger: Ledger? = nil,
  noun: String = "change", actor: String? = nil
) throws -> ImportSummary {
  let importer = RecordImporter(
    ledger: try ledger ?? context.openLedger(),
    options: RecordImporter.Options(actor: actor ?? context.actor, tool: tool, at: context.nowRFC3339, dryRun: dryRun))
  let summary = try importer.run(records: records, source: source)
  if !summary.rejects.isEmpty {
    for r in summary.rejects.prefix(20) { context.diagnostics.error(r.diagnostic) }
    throw ToolkitError(.dataError, "\(summary.rejects.count) \(noun)(s) rejected; nothing was written")
  }
  return summary
}

/// `recordBatch`, then prints the records: the last step of every command that updates
/// records it read (`record`, `update`, `verify`, `send`, `close`).
func recordChanges(
  _ out: [JSONObject], tool: String, source: String, context: ToolContext, dryRun: Bool, format: FormatOption,
  ledger: Ledger? = nil, noun: String = "change", actor: String? = nil
) throws {
  let summary = try recordBatch(
    out, tool: tool, source: source, context: context, dryRun: dryRun, ledger: ledger, noun: noun, actor: actor)
  let w = context.writer(format: try format.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal))
  for r in out { w.write(r) }
  try w.finish()
  let t = summary.totals
  context.diagnostics.detail("\(dryRun ? "would record" : "recorded") \(t.updated) \(noun)(s), \(t.unchanged) unchanged")
}
