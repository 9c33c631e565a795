import ArgumentParser
import PainDesk

struct RecallLogCommand: ToolCommand {
  static let toolName = "recall-scan"
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Record outreach attempts (outreach records).",
    discussion: """
      With --patient, records one attempt from the flags; otherwise reads outreach \
      records (NDJSON) from the files or stdin, where kind, purpose (recall), date \
      (--as-of) and id may be left out. The id is derived from the patient, date, \
      purpose and channel, so logging the same attempt twice is one event and a \
      corrected result an update. Prints the records written.

      EXAMPLES
        recall-scan log --patient P0042 --channel phone --result no_answer
        recall-scan log --patient P0042 --channel mail \\
          --result letter_sent --date 2026-11-30
        jq -c '{patient_id, channel: "sms", result: "reached"}' picked.ndjson \\
          | recall-scan log
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: FormatOption
  @OptionGroup var dry: DryRunOption

  @Option(help: ArgumentHelp("The patient reached for.", valueName: "id"))
  var patient: String?

  @Option(help: ArgumentHelp("How: phone, sms, email, mail or portal.", valueName: "channel"),
    completion: ContactChannel.defaultCompletionKind, transform: ContactChannel.argument)
  var channel: ContactChannel?

  @Option(help: ArgumentHelp("What happened: reached, voicemail, no_answer, scheduled, declined, bad_number or letter_sent.", valueName: "result"),
    completion: OutreachResult.defaultCompletionKind, transform: OutreachResult.argument)
  var result: OutreachResult?

  @Option(help: ArgumentHelp("Why: recall (default), uds, records, intake or waitlist.", valueName: "purpose"),
    completion: OutreachPurpose.defaultCompletionKind, transform: OutreachPurpose.argument)
  var purpose = OutreachPurpose.recall

  @Option(help: ArgumentHelp("The day of the attempt (default: the --as-of date).", valueName: "date"), transform: LocalDate.argument)
  var date: LocalDate?

  @Argument(help: ArgumentHelp("NDJSON files of outreach records ('-' for stdin), without --patient.", valueName: "file"),
    completion: .file(extensions: ["ndjson", "jsonl"]))
  var files: [String] = []

  func validate() throws {
    if patient != nil {
      guard channel != nil, result != nil else { throw ValidationError("--patient needs --channel and --result") }
      guard files.isEmpty else { throw ValidationError("name files or --patient, not both") }
    } else if channel != nil || result != nil {
      throw ValidationError("--channel and --result go with --patient")
    }
  }

  func run(context: ToolContext) throws {
    let format = try output.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal)
    let asOf = try context.asOf()
    var records: [JSONObject] = []
    if let patient, let channel, let result {
      records.append(
        OutreachLog.record(
          patient: patient, date: date ?? asOf.date, channel: channel, result: result, purpose: purpose))
    } else {
      let sources = try context.inputSources(files)
      let day = date ?? asOf.date
      records = try NDJSONReader.readAll(sources).map { OutreachLog.complete($0.record, asOf: day) }
      for r in records where r.string("kind") != "outreach" {
        throw ToolkitError(.dataError, "\(r.string("kind") ?? "?") '\(r.string("id") ?? "?")': recall-scan log takes outreach records")
      }
    }
    let summary = try recordBatch(
      records, tool: "recall-scan log", source: files.first ?? (patient == nil ? "stdin" : "flags"), context: context,
      dryRun: dry.dryRun, noun: "outreach record")
    let w = context.writer(format: format)
    for r in records { w.write(r) }
    try w.finish()
    let t = summary.totals
    context.diagnostics.detail("\(dry.dryRun ? "would log" : "logged") \(t.added) new, \(t.updated) updated, \(t.unchanged) unchanged")
  }
}
