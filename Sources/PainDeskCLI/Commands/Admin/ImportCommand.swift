import ArgumentParser
import PainDesk

struct ImportCommand: ToolCommand {
  static let toolName = "paindesk"
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import records into the ledger (NDJSON, one object per line).",
    discussion: """
      Reads the files, or stdin when none is named or for '-'. Every record becomes
      an event; the same record twice is one event, a changed record an update. The
      batch is all-or-nothing: one bad line and nothing is written (exit 65), unless
      --skip-bad FILE, which commits the good records, writes the rejected lines with
      their reasons to FILE and exits 1. A summary goes to stderr on a terminal or
      with --verbose; cron sees nothing on success.

      EXAMPLES
        paindesk import patients.ndjson coverages.ndjson
        paindesk export | paindesk import --ledger copy.sqlite
        paindesk import --dry-run --verbose batch.ndjson
        paindesk import --skip-bad rejects.ndjson batch.ndjson || jq -c . rejects.ndjson
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var dry: DryRunOption

  @Option(name: .long, help: ArgumentHelp("Input format: ndjson.", valueName: "format"), completion: .list(["ndjson"]))
  var from = "ndjson"

  @Option(
    name: .long, help: ArgumentHelp("Commit the good records; write rejected lines with reasons to this file.", valueName: "file"),
    completion: .file(extensions: ["ndjson"]))
  var skipBad: String?

  @Argument(help: ArgumentHelp("NDJSON files ('-' for stdin).", valueName: "file"), completion: .file(extensions: ["ndjson", "jsonl"]))
  var files: [String] = []

  func validate() throws {
    guard from == "ndjson" else { throw ValidationError("unknown --from '\(from)': use ndjson") }
  }

  func run(context: ToolContext) throws {
    let sources = try context.inputSources(files)
    let ledger = try context.openLedger()
    let rejectSink = try skipBad.map { path throws(ToolkitError) in try ByteSink.createFile(path) }
    var options = RecordImporter.Options(
      actor: context.actor, tool: "paindesk import", at: context.nowRFC3339, dryRun: dry.dryRun, skipBad: skipBad != nil)
    options.maxReported = 20
    let importer = RecordImporter(ledger: ledger, options: options)
    importer.progress = { n in context.diagnostics.progress("\(n) records read") }
    let summary = try importer.run(sources: sources)
    context.diagnostics.endProgress()
    try ImportReport.finish(summary, rejectSink: rejectSink, rejectPath: skipBad, context: context)
  }
}

/// How an import ends on the command line: rejects, the summary, the exit status. Shared by
/// `import` and `demo`.
enum ImportReport {
  static func finish(_ summary: ImportSummary, rejectSink: ByteSink?, rejectPath: String?, context: ToolContext) throws {
    if let rejectSink {
      let w = RecordWriter(format: .ndjson, sink: rejectSink)
      for r in summary.rejects { w.write(r.asRecord) }
      try rejectSink.close()
    }
    if context.terminal.stderrIsTerminal || context.common.verbose { context.diagnostics.note(text(summary)) }
    guard !summary.rejects.isEmpty else { return }
    if rejectPath == nil {
      for r in summary.rejects.prefix(20) { context.diagnostics.error(r.diagnostic) }
      let more = summary.rejects.count >= 20 ? " (stopped after the first 20)" : ""
      throw ToolkitError(
        .dataError,
        "\(summary.rejects.count) bad line(s)\(more); nothing was written: fix them, or use --skip-bad FILE to import the rest")
    }
    context.diagnostics.warning("\(summary.rejects.count) line(s) rejected, written to '\(rejectPath!)' with the reasons")
    throw ExitCode(ExitStatus.no.rawValue)
  }

  static func text(_ s: ImportSummary) -> String {
    var lines: [String] = []
    let verb = s.dryRun ? "would import" : "imported"
    let t = s.totals
    lines.append(
      "\(context(s.dryRun)): \(verb) \(s.records) record(s): \(t.added) added, \(t.updated) updated, \(t.unchanged) unchanged, \(s.rejects.count) rejected"
    )
    for kind in s.counts.keys.sorted(by: { $0.order < $1.order }) {
      let c = s.counts[kind]!
      lines.append(
        "  \(kind.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) added \(c.added), updated \(c.updated), unchanged \(c.unchanged), rejected \(c.rejected)"
      )
    }
    if s.rejectedUnknownKind > 0 { lines.append("  (no kind)          rejected \(s.rejectedUnknownKind)") }
    return lines.joined(separator: "\n")
  }

  private static func context(_ dry: Bool) -> String { dry ? "paindesk (dry run)" : "paindesk" }
}
