import ArgumentParser
import Foundation
import PainDesk

/// `appeal-pack`: triage of denials into appeal records and packets (`triage`, the
/// default), and the filing and outcome of appeals (`record`).
public struct AppealPackCommand: ToolWithSubcommands {
  public init() {}
  public static let configuration = CommandConfiguration(
    commandName: "appeal-pack",
    abstract: "Triage denials, track appeal deadlines, build packets.",
    discussion: """
      EXAMPLES
        pa-status --status denied --format ndjson | appeal-pack --out packets/
        appeal-pack --all --as-of 2026-11-29 --format table
        appeal-pack list --within 7 --contacts --format csv \\
          --out appeals.csv
        appeal-pack record \\
          --appeal A0007-denial-1-appeal-internal_1 \\
          --outcome won --recovered-cents 125000
      """,
    version: PainDeskVersion.line("appeal-pack"),
    subcommands: [AppealPackTriage.self, AppealPackList.self, AppealPackRecord.self], defaultSubcommand: AppealPackTriage.self)
}

struct AppealPackList: ToolCommand {
  static let toolName = "appeal-pack"
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the appeals to file and their deadlines; writes nothing.",
    discussion: """
      Every open denial is triaged as triage does, but nothing is recorded: a denial \
      not yet triaged shows its computed appeals, and an unfiled appeal whose deadline \
      passed shows as missed. Lists the appeals whose deadline falls within --within \
      days (past deadlines always), by deadline then id, with the denial's patient_id \
      and payer_id. Exits 0 whether or not it lists anything.

      EXAMPLES
        appeal-pack list --as-of 2026-11-29 --format table
        appeal-pack list --within 30 --status preparing --contacts \\
          --format csv --out appeals.csv
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption

  @Option(name: .long, help: ArgumentHelp("Look-ahead: appeals due within this many days; past deadlines always.", valueName: "days"))
  var within = 14
  @Option(
    name: .long, help: ArgumentHelp("Only these statuses (repeatable or comma-separated; default preparing and missed).", valueName: "status"),
    completion: .list(AppealStatus.allCases.map(\.rawValue)))
  var status: [String] = []
  @OptionGroup var list: CallListOptions

  var statuses: [String] { status.flatMap { $0.split(separator: ",").map(String.init) } }

  func validate() throws {
    if within < 0 { throw ValidationError("--within takes a number of days (0 or more)") }
    for s in statuses { try AppealStatus.validate(s, flag: "--status") }
  }

  func run(context: ToolContext) throws {
    try list.start(context)
    let ledger = try context.openLedger()
    let queue = AppealQueue(withinDays: within, statuses: statuses.isEmpty ? nil : Set(statuses.compactMap(AppealStatus.init(rawValue:))))
    let rows = try queue.rows(ledger: ledger, rules: try context.rules(), asOf: try context.asOf().date)
    let format = try formatOption.resolve(stdoutIsTerminal: context.outputIsTerminal)
    let columns = format == .table || format == .csv
      ? ["id", "denial_id", "patient_id", "payer_id", "level", "route", "deadline", "days_left", "urgency", "status"] : nil
    try list.write(rows, context, ledger: ledger, format: format, columns: columns)
  }
}

struct AppealPackTriage: ToolCommand {
  static let toolName = "appeal-pack"
  static let configuration = CommandConfiguration(
    commandName: "triage",
    abstract: "Triage denials into appeal records, with packets (the default subcommand).",
    discussion: """
      Reads denial records, or denied auths as 'pa-status --status denied --format \
      ndjson' prints them, from the files or stdin; or takes --all (every open denial \
      in the ledger) or --denial ID. Each denial gets an appeal record for the formal \
      appeal of its payer type, and one for a peer-to-peer where the payer offers it \
      (ids '<denial id>-appeal-<level>'), recorded as events unless --dry-run, and \
      printed with days_left and urgency for --as-of. --out DIR writes a packet per \
      denial. Letters come from templates (--templates DIR, else the config setting \
      appeal.templates, else the shipped ones).

      EXAMPLES
        pa-status --status denied --format ndjson | appeal-pack --out packets/
        appeal-pack --all --as-of 2026-11-29 --format table
        appeal-pack --denial A0007-denial-1 --out packets/ --templates ~/letters
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption
  @OptionGroup var dry: DryRunOption

  @Flag(name: .long, help: "Every open denial in the ledger.")
  var all = false
  @Option(name: .long, help: ArgumentHelp("This denial (repeatable).", valueName: "id"))
  var denial: [String] = []
  @Option(name: .long, help: ArgumentHelp("Write a packet per denial into this folder.", valueName: "dir"), completion: .directory)
  var out: String?
  @Option(name: .long, help: ArgumentHelp("Folder of letter templates that override the shipped ones.", valueName: "dir"), completion: .directory)
  var templates: String?
  @Flag(name: .long, help: "Do not look for a PDF tool; the packet keeps letter.html to print.")
  var noPdf = false

  @Argument(help: ArgumentHelp("NDJSON files of denials or denied auths ('-' for stdin).", valueName: "file"), completion: .file(extensions: ["ndjson"]))
  var files: [String] = []

  func validate() throws {
    if all && (!denial.isEmpty || !files.isEmpty) { throw ValidationError("give --all, --denial or input, not more than one") }
    if !denial.isEmpty && !files.isEmpty { throw ValidationError("give --denial or input files, not both") }
  }

  func run(context: ToolContext) throws {
    let ledger = try context.openLedger()
    let rules = try context.rules()
    let asOf = try context.asOf().date
    var denials: [Denial]
    var unrecorded: [JSONObject] = []
    if all {
      denials = try AppealPack.openDenials(ledger: ledger, rules: rules)
    } else if !denial.isEmpty {
      let ids = denial.flatMap { $0.split(separator: ",").map(String.init) }
      let found = try ledger.records(of: .denial, ids: ids)
      let rows = found.map { (record: $0, where: "--denial") }
      if let missing = ids.first(where: { id in !found.contains { $0.string("id") == id } }) {
        throw ToolkitError(.dataError, "no denial '\(missing)' in the ledger")
      }
      denials = try AppealPack.denials(from: rows, ledger: ledger).denials
      denials.sort { ids.firstIndex(of: $0.id)! < ids.firstIndex(of: $1.id)! }
    } else {
      let rows = try RecordInput.read(try context.inputSources(files))
      let r = try AppealPack.denials(from: rows, ledger: ledger)
      denials = r.denials
      unrecorded = r.unrecorded
      for id in r.skipped { context.diagnostics.warning("auth '\(id)': no denial record in the ledger (pa-status update records one); skipped") }
    }
    let cases = try AppealPack.triage(denials, ledger: ledger, rules: rules, asOf: asOf)
    let records = unrecorded + cases.flatMap(\.toRecord)
    try recordBatch(
      records, tool: "appeal-pack", source: "appeal-pack", context: context, dryRun: dry.dryRun, ledger: ledger, noun: "record")
    var failures: [ToolkitError] = []
    if let out, !dry.dryRun {
      let folder = templates ?? rules.setting("appeal.templates").value.stringValue
      let writer = AppealPacketWriter(
        templatesFolder: folder, documentRoot: DocumentStore.root(besideLedger: context.ledgerPath),
        limits: PortalLimits(rules: rules), asOf: asOf, pdf: !noPdf, environment: context.terminal.environment,
        sharing: ledger.sharing)
      for input in try AppealPack.packetInputs(cases, ledger: ledger, rules: rules) {
        switch Result(catching: { () throws(ToolkitError) -> AppealPacketResult in try writer.write(input, into: out) }) {
        case .success(let r):
          for p in r.portalProblems { context.diagnostics.warning("denial '\(input.appeal.denial.id)': portal limit: \(p)") }
        case .failure(let e):
          if e.status == .config || e.status == .cantCreate { throw e }
          context.diagnostics.error(e.message)
          failures.append(e)
        }
      }
    }
    let format = try formatOption.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal)
    let columns = format == .table || format == .csv
      ? ["id", "denial_id", "level", "route", "category", "deadline", "days_left", "urgency", "status", "rule"] : nil
    let w = context.writer(format: format, columns: columns)
    for c in cases { for r in c.printed { w.write(r) } }
    try w.finish()
    if context.common.verbose {
      context.diagnostics.note("\(cases.count) denial(s); \(dry.dryRun ? "would record" : "recorded") \(records.count) appeal record(s)")
    }
    if let first = failures.first {
      throw ToolkitError(first.status, "\(failures.count) packet(s) not written (see above); the appeal records were recorded")
    }
  }
}

struct AppealPackRecord: ToolCommand {
  static let toolName = "appeal-pack"
  static let configuration = CommandConfiguration(
    commandName: "record",
    abstract: "Record the filing and outcome of appeals (events on the appeal records).",
    discussion: """
      Flags for one appeal, or NDJSON lines {"appeal_id", "filed_on", "decided_on", \
      "outcome", "recovered_cents"} from the files or stdin. Filing moves a preparing \
      or missed appeal to filed; an outcome (won, partial, lost, withdrawn) sets the \
      status and decided_on (default --as-of). Prints the changed appeal records.

      EXAMPLES
        appeal-pack record \\
          --appeal A0007-denial-1-appeal-internal_1 --filed-on 2026-11-30
        appeal-pack record \\
          --appeal A0007-denial-1-appeal-internal_1 --decided-on 2027-01-10 \\
          --outcome won --recovered-cents 125000
        appeal-pack record outcomes.ndjson
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption
  @OptionGroup var dry: DryRunOption

  @Option(name: .long, help: ArgumentHelp("The appeal to update.", valueName: "id"))
  var appeal: String?
  @Option(name: .long, help: ArgumentHelp("The day the appeal was filed.", valueName: "date"))
  var filedOn: String?
  @Option(name: .long, help: ArgumentHelp("The day the payer decided.", valueName: "date"))
  var decidedOn: String?
  @Option(name: .long, help: ArgumentHelp("won, partial, lost or withdrawn.", valueName: "outcome"), completion: .list(AppealUpdate.outcomes.map(\.rawValue)))
  var outcome: String?
  @Option(name: .long, help: ArgumentHelp("Amount recovered, in cents.", valueName: "cents"))
  var recoveredCents: Int?

  @Argument(help: ArgumentHelp("NDJSON files of updates ('-' for stdin).", valueName: "file"), completion: .file(extensions: ["ndjson"]))
  var files: [String] = []

  var usesFlags: Bool { filedOn != nil || decidedOn != nil || outcome != nil || recoveredCents != nil }

  func validate() throws {
    if usesFlags && appeal == nil { throw ValidationError("--filed-on, --decided-on, --outcome and --recovered-cents need --appeal ID") }
    if appeal != nil && !files.isEmpty { throw ValidationError("give --appeal with flags, or files, not both") }
    if appeal != nil && !usesFlags { throw ValidationError("--appeal needs --filed-on, --decided-on, --outcome or --recovered-cents") }
    for (name, v) in [("--filed-on", filedOn), ("--decided-on", decidedOn)] { try LocalDate.validate(v, flag: name) }
    try AppealStatus.validate(outcome, flag: "--outcome", among: AppealUpdate.outcomes)
    if let recoveredCents, recoveredCents < 0 { throw ValidationError("--recovered-cents takes 0 or more") }
  }

  func run(context: ToolContext) throws {
    let ledger = try context.openLedger()
    let today = try context.asOf().date
    var updates: [StoredRecordChange<AppealUpdate>] = []
    if let appeal {
      updates.append(StoredRecordChange(id: appeal, change: AppealUpdate(
        appealId: appeal, filedOn: filedOn.flatMap(LocalDate.init), decidedOn: decidedOn.flatMap(LocalDate.init),
        outcome: outcome.flatMap(AppealStatus.init(rawValue:)), recoveredCents: recoveredCents)))
    } else {
      for (o, place) in try RecordInput.read(try context.inputSources(files)) {
        do {
          let u = try AppealUpdate(o)
          updates.append(StoredRecordChange(id: u.appealId, place: place, change: u))
        } catch { throw ToolkitError(.dataError, "\(place): \(error.message)") }
      }
    }
    let importer = try changeImporter(tool: "appeal-pack record", context: context, dryRun: dry.dryRun, ledger: ledger)
    let result = try importer.change(.appeal, updates, source: "record") { u, o throws(ToolkitError) in
      try u.apply(to: o, today: today)
    }
    try writeChanges(result, context: context, dryRun: dry.dryRun, format: formatOption)
  }
}
