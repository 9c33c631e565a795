import ArgumentParser
import PainDesk

struct ImportCommand: ToolCommand {
  static let toolName = "paindesk"
  static let formats = ["ndjson", "fhir", "csv", "drchrono", "x12-835"]
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import records into the ledger (NDJSON, FHIR Bulk, EHR CSV, DrChrono JSON, X12 835).",
    discussion: """
      Reads the files, or stdin when none is named or for '-'. Every record becomes \
      an event; the same record twice is one event, a changed record an update. The \
      batch is all-or-nothing: one bad line and nothing is written (exit 65), unless \
      --skip-bad FILE, which commits the good records, writes the rejected lines with \
      their reasons to FILE and exits 1. A summary goes to stderr on a terminal or \
      with --verbose; cron sees nothing on success.

      A record read out with 'paindesk export' carries ledger_version, the hash of \
      its last event. If that record has changed in this ledger since (its version \
      is an earlier event of it), the batch is refused with exit 75, naming kind and \
      id, and nothing is written: export again and reapply the change, or --force \
      to overwrite. A copy into another ledger is no conflict.

      --from fhir reads a FHIR R4 Bulk Data export (files, a folder, or its \
      manifest.json; gzip accepted); --from csv --profile NAME|PATH an EHR \
      CSV export; --from drchrono JSON saved from the DrChrono API; \
      --from x12-835 remittances (ERA). What these cannot map is counted and \
      skipped, never an error; only malformed input fails the batch (65). \
      --profiles lists the shipped CSV profiles; --profile NAME --show prints one \
      as a file to copy and edit (paindesk-import(5)). Neither reads input or the \
      ledger. See paindesk(1).

      EXAMPLES
        paindesk import patients.ndjson coverages.ndjson
        paindesk export | paindesk import --ledger copy.sqlite
        paindesk import --dry-run --verbose batch.ndjson
        paindesk import --skip-bad rejects.ndjson batch.ndjson \\
          || jq -c . rejects.ndjson
        paindesk export --kind patient \\
          | jq -c 'select(.id == "P0001") | .phone = "555-0100"' \\
          | paindesk import
        paindesk import --from fhir --verbose export/manifest.json
        paindesk import --from csv --profile drchrono-appointments appointments.csv
        paindesk import --profiles
        paindesk import --profile generic-patients --show > my-patients.json
        paindesk import --from x12-835 era-2026-03-02.835
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var dry: DryRunOption

  @Option(
    name: .long, help: ArgumentHelp("Input format: ndjson, fhir, csv, drchrono, x12-835.", valueName: "format"),
    completion: .list(ImportCommand.formats))
  var from = "ndjson"

  @Option(
    name: .long,
    help: ArgumentHelp("With --from csv: a shipped column-mapping profile by name, or a profile file.", valueName: "profile"),
    completion: .list(CSVProfile.shippedNames))
  var profile: String?

  @Option(
    name: .long, help: ArgumentHelp("Commit the good records; write rejected lines with reasons to this file.", valueName: "file"),
    completion: .file(extensions: ["ndjson"]))
  var skipBad: String?

  @Flag(help: "List the shipped CSV profiles (no input, no ledger).")
  var profiles = false

  @Flag(help: "With --profile: print the profile as a file to copy and edit (no input, no ledger).")
  var show = false

  @Flag(name: .long, help: "Store records whose ledger_version is stale (changed since read) instead of refusing the batch.")
  var force = false

  @Argument(
    help: ArgumentHelp("Input files ('-' for stdin with ndjson; a folder or manifest with fhir).", valueName: "file"),
    completion: .file())
  var files: [String] = []

  func validate() throws {
    if profiles || show {
      if profiles && show { throw ValidationError("--profiles and --show do not go together") }
      if show && profile == nil { throw ValidationError("--show needs --profile NAME or --profile FILE") }
      if profiles && profile != nil { throw ValidationError("--profiles lists every profile: leave out --profile, or use --profile NAME --show") }
      if !files.isEmpty { throw ValidationError("--\(profiles ? "profiles" : "show") reads no input files") }
      if from != "ndjson" && from != "csv" { throw ValidationError("--\(profiles ? "profiles" : "show") is for CSV profiles, not --from \(from)") }
      return
    }
    guard Self.formats.contains(from) else {
      throw ValidationError("unknown --from '\(from)': use \(Self.formats.joined(separator: ", "))")
    }
    if from == "csv" && profile == nil { throw ValidationError("--from csv needs --profile NAME or --profile FILE") }
    if from != "csv" && profile != nil { throw ValidationError("--profile is for --from csv") }
    if from != "ndjson" && skipBad != nil { throw ValidationError("--skip-bad is for --from ndjson") }
    if from != "ndjson" && force { throw ValidationError("--force is for --from ndjson") }
    if from != "ndjson" && (files.isEmpty || files.contains("-")) {
      throw ValidationError("--from \(from) reads named files, not stdin")
    }
  }

  func run(context: ToolContext) throws {
    if profiles {
      let w = context.writer(
        format: context.terminal.stdoutIsTerminal ? .table : .ndjson,
        columns: ["profile", "record_kind", "required_columns", "optional_columns", "description"])
      for row in try CSVProfile.shippedListing() { w.write(row) }
      return try w.finish()
    }
    if show, let profile { return context.stdout.write(try CSVProfile.load(profile).fileText) }
    if from != "ndjson" { return try runInterop(context: context) }
    let sources = try context.inputSources(files)
    let ledger = try context.openLedger()
    // Made before any input is read, so that a clash with the ledger or an input is refused
    // first; it replaces the old file only when the import is done.
    let rejectFile = try skipBad.map { path in try context.createOutput(path, inputs: files) }
    var options = RecordImporter.Options(
      actor: context.actor, tool: "paindesk import", at: context.nowRFC3339, dryRun: dry.dryRun, skipBad: skipBad != nil)
    options.maxReported = 20
    options.force = force
    options.rejectSink = rejectFile?.sink
    let importer = RecordImporter(ledger: ledger, options: options)
    importer.progress = { n in context.diagnostics.progress("\(n) records read") }
    let summary = try importer.run(sources: sources)
    context.diagnostics.endProgress()
    try ImportReport.finish(summary, rejectFile: rejectFile, context: context)
  }

  /// The format importers: each maps its input to records and runs them as one batch.
  func runInterop(context: ToolContext) throws {
    let ledger = try context.openLedger()
    let options = RecordImporter.Options(
      actor: context.actor, tool: "paindesk import --from \(from)", at: context.nowRFC3339, dryRun: dry.dryRun)
    let summary: ImportSummary
    let interop: InteropSummary
    switch from {
    case "fhir":
      let r = try FHIRBulkImport.run(
        paths: files, ledger: ledger, options: options, documentsFolder: DocumentStore.folder(besideLedger: ledger.path))
      (summary, interop) = (r.summary, r.interop)
      if let t = r.transactionTime, !dry.dryRun, context.terminal.stderrIsTerminal || context.common.verbose {
        context.diagnostics.note("next _since: \(t)")
      }
    case "csv":
      let p = try CSVProfile.load(profile!)
      (summary, interop) = try CSVImport.run(paths: files, profile: p, ledger: ledger, options: options)
    case "drchrono":
      (summary, interop) = try DrChronoImport.run(paths: files, ledger: ledger, options: options)
    default:
      (summary, interop) = try RemittanceImport.run(paths: files, ledger: ledger, options: options)
    }
    // Repeated warnings are grouped unless --verbose (style.md §4.8).
    let shown = context.common.verbose ? interop.warnings : Array(interop.warnings.prefix(5))
    for w in shown { context.diagnostics.warning(w) }
    if shown.count < interop.warnings.count {
      context.diagnostics.warning("\(interop.warnings.count - shown.count) more warning(s); rerun with --verbose")
    }
    if context.terminal.stderrIsTerminal || context.common.verbose {
      var copy = interop
      copy.warnings = []
      let lines = copy.lines(verbose: context.common.verbose)
      if !lines.isEmpty { context.diagnostics.note(lines.joined(separator: "\n")) }
    }
    try ImportReport.finish(summary, rejectFile: nil, context: context)
  }
}

/// How an import ends on the command line: rejects, the summary, the exit status. Shared by
/// `import` and `demo`.
enum ImportReport {
  static func finish(_ summary: ImportSummary, rejectFile: ProtectedFile?, context: ToolContext) throws {
    if let rejectFile {
      // The importer wrote the rejects to it as they came (Options.rejectSink).
      try rejectFile.commit()
    }
    if context.terminal.stderrIsTerminal || context.common.verbose { context.diagnostics.note(text(summary)) }
    guard !summary.rejects.isEmpty else { return }
    guard let rejectPath = rejectFile?.target else {
      for r in summary.rejects.prefix(20) { context.diagnostics.error(r.diagnostic) }
      let more = summary.totalRejected >= 20 ? " (stopped after the first 20)" : ""
      throw ToolkitError(
        .dataError,
        "\(summary.totalRejected) bad line(s)\(more); nothing was written: fix them, or use --skip-bad FILE to import the rest")
    }
    context.diagnostics.warning("\(summary.totalRejected) line(s) rejected, written to '\(rejectPath)' with the reasons")
    throw ExitCode(ExitStatus.no.rawValue)
  }

  static func text(_ s: ImportSummary) -> String {
    var lines: [String] = []
    let verb = s.dryRun ? "would import" : "imported"
    let t = s.totals
    lines.append(
      "\(context(s.dryRun)): \(verb) \(s.records) record(s): \(t.added) added, \(t.updated) updated, \(t.unchanged) unchanged, \(s.totalRejected) rejected"
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
