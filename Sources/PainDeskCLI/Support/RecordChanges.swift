import PainDesk

/// The importer a command records what it made or changed with: its own tool name, the
/// context's clock and `--actor`, or `actor` when the events are recorded on behalf of
/// someone else (a pharmacy's confirmation). `ledger` when the command has opened it.
func changeImporter(
  tool: String, context: ToolContext, dryRun: Bool, ledger: Ledger? = nil, actor: String? = nil
) throws -> RecordImporter {
  RecordImporter(
    ledger: try ledger ?? context.openLedger(),
    options: RecordImporter.Options(actor: actor ?? context.actor, tool: tool, at: context.nowRFC3339, dryRun: dryRun))
}

/// Lists rejected records on stderr and exits 65 (nothing was written), naming them as
/// `noun`s.
func requireAccepted(_ summary: ImportSummary, noun: String, context: ToolContext) throws {
  guard !summary.rejects.isEmpty else { return }
  for r in summary.rejects.prefix(20) { context.diagnostics.error(r.diagnostic) }
  throw ToolkitError(.dataError, "\(summary.rejects.count) \(noun)(s) rejected; nothing was written")
}

/// Records what a command made through the importer, as one batch (all or nothing,
/// idempotent).
@discardableResult
func recordBatch(
  _ records: [JSONObject], tool: String, source: String, context: ToolContext, dryRun: Bool, ledger: Ledger? = nil,
  noun: String = "change", actor: String? = nil
) throws -> ImportSummary {
  let importer = try changeImporter(tool: tool, context: context, dryRun: dryRun, ledger: ledger, actor: actor)
  let summary = try importer.run(records: records, source: source)
  try requireAccepted(summary, noun: noun, context: context)
  return summary
}

/// The last step of every command that updates stored records (`record`, `update`,
/// `verify`, `send`, `close`): after the library's one update (read, apply and write in
/// one transaction), checks the rejects and prints the records.
func writeChanges(
  _ result: (records: [JSONObject], summary: ImportSummary), context: ToolContext, dryRun: Bool, format: FormatOption,
  noun: String = "change"
) throws {
  try requireAccepted(result.summary, noun: noun, context: context)
  let w = context.writer(format: try format.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal))
  for r in result.records { w.write(r) }
  try w.finish()
  let t = result.summary.totals
  context.diagnostics.detail("\(dryRun ? "would record" : "recorded") \(t.updated) \(noun)(s), \(t.unchanged) unchanged")
}
