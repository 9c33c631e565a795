import ArgumentParser
import PainDesk

/// `coverage-check`: upcoming appointments with a coverage problem (`list`, the default),
/// and verifications (`verify`).
public struct CoverageCheckCommand: ToolWithSubcommands {
  public init() {}
  public static let configuration = CommandConfiguration(
    commandName: "coverage-check",
    abstract: "Coverage, injury cases and auths of upcoming appointments.",
    discussion: """
      Reads the ledger. 'list' (the default) prints a coverage_status record per \
      upcoming appointment with a problem: no coverage in effect, not verified \
      recently, an injury case lacking its claim number or adjuster, a procedure \
      needing a PA or the carrier's authorization that is not approved and valid \
      on the date. 'verify' records a verification or saved eligibility responses.

      EXAMPLES
        coverage-check --within 3 --format csv --as-of 2026-11-29
        coverage-check --all --format ndjson | jq -c 'select(.ok | not)'
        coverage-check verify --coverage P0012-cov-1 --via phone --by va-rosa
        jq -c . response.json | coverage-check verify
      """,
    version: PainDeskVersion.line("coverage-check"),
    subcommands: [CoverageCheckList.self, CoverageCheckVerify.self],
    defaultSubcommand: CoverageCheckList.self)
}

struct CoverageCheckList: ToolCommand {
  static let toolName = "coverage-check"
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List upcoming appointments with coverage problems (the default subcommand).",
    discussion: """
      Scheduled appointments from the --as-of date through --within days later. Each \
      problem names its rule id. contact is whom to call: the adjuster or TPA of an \
      injury case, else the payer. priority lists the coverages in effect on the \
      date in billing order. Exits 0 whether or not it lists anything.

      EXAMPLES
        coverage-check --within 3 --format csv --as-of 2026-11-29 > calls.csv
        coverage-check --all --patient P0012 --format table
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption

  @Option(name: .long, help: ArgumentHelp("Appointments within DAYS after --as-of (default 7).", valueName: "days"))
  var within: Int?
  @Option(name: .long, help: ArgumentHelp("A verification counts within DAYS before --as-of (default 30).", valueName: "days"))
  var verifiedWithin: Int?
  @Flag(name: .long, help: "List every appointment, with ok true or false.")
  var all = false
  @Option(name: .long, help: ArgumentHelp("Only this patient.", valueName: "id"))
  var patient: String?

  @OptionGroup var list: CallListOptions

  func validate() throws {
    if let within, within < 0 { throw ValidationError("--within takes a number of days (0 or more)") }
    if let verifiedWithin, verifiedWithin < 0 { throw ValidationError("--verified-within takes a number of days (0 or more)") }
  }

  func run(context: ToolContext) throws {
    try list.start(context)
    let rules = try context.rules()
    let asOf = try context.asOf()
    let ledger = try context.openLedger()
    let snapshot = try BackOfficeSnapshot.load(ledger, parts: .scheduling)
    let options = CoverageCheck.Options(
      withinDays: rules.int("coverage.verification", "within_days", flag: within.map { .int(Int64($0)) }),
      verifiedWithinDays: rules.int("coverage.verification", "verified_within_days", flag: verifiedWithin.map { .int(Int64($0)) }),
      all: all, patient: patient)
    let rows = CoverageCheck.rows(snapshot, options: options, rules: rules, asOf: asOf)
    let format = try formatOption.resolve(stdoutIsTerminal: context.outputIsTerminal)
    let columns = format == .table || format == .csv
      ? ["appointment_id", "patient_id", "start", "type", "ok", "contact", "problems"] : nil
    try list.write(rows.map(\.record), context, ledger: ledger, format: format, columns: columns)
    context.diagnostics.detail("\(rows.filter { !$0.ok }.count) appointment(s) with a coverage problem")
  }
}

struct CoverageCheckVerify: ToolCommand {
  static let toolName = "coverage-check"
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Record a coverage verification, or saved eligibility responses.",
    discussion: """
      With --coverage, records that the coverage was verified (--via, --by, --on) as \
      an update event on the coverage. Otherwise reads eligibility responses, one \
      compact JSON object per line, from the files or stdin: coverage_id (or \
      payer_id and member_id), checked_on, active, and optionally plan_begin, \
      plan_end, authorization_required [{cpt, required}] and trace. Each sets \
      verified_on to checked_on, verified_via to x12_271, verified_by to --by (default \
      the actor) and the coverage's eligibility. Recording the same verification \
      twice changes nothing. Prints the coverages as recorded.

      EXAMPLES
        coverage-check verify --coverage P0012-cov-1 --via portal \\
          --by va-rosa --on 2026-11-29
        coverage-check verify responses.ndjson
        jq -c . saved-271.json | coverage-check verify --by clearinghouse
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption
  @OptionGroup var dry: DryRunOption

  @Option(name: .long, help: ArgumentHelp("The coverage verified.", valueName: "id"))
  var coverage: String?
  @Option(name: .long, help: ArgumentHelp("How: portal, phone or x12_271.", valueName: "channel"), completion: .list(VerificationChannel.allCases.map(\.rawValue)))
  var via: String?
  @Option(name: .long, help: ArgumentHelp("Who verified (default: the actor).", valueName: "name"))
  var by: String?
  @Option(name: .long, help: ArgumentHelp("The day of the verification (default: the --as-of date).", valueName: "date"))
  var on: String?

  @Argument(help: ArgumentHelp("Eligibility responses, one JSON object per line ('-' for stdin), without --coverage.", valueName: "file"), completion: .file(extensions: ["ndjson", "json"]))
  var files: [String] = []

  func validate() throws {
    if coverage != nil {
      guard let via else { throw ValidationError("--coverage needs --via portal|phone|x12_271") }
      try VerificationChannel.validate(via, flag: "--via")
      guard files.isEmpty else { throw ValidationError("name files or --coverage, not both") }
    } else if via != nil || on != nil {
      throw ValidationError("--via and --on go with --coverage")
    }
    try LocalDate.validate(on, flag: "--on")
  }

  func run(context: ToolContext) throws {
    let asOf = try context.asOf()
    let who = by ?? context.actor
    var responses: [(EligibilityResponse, String)] = []
    if coverage == nil {
      for (o, place) in try RecordInput.read(try context.inputSources(files)) {
        responses.append((try EligibilityResponse(o, place: place), place))
      }
    }
    let importer = try changeImporter(tool: "coverage-check verify", context: context, dryRun: dry.dryRun)
    let source = files.first ?? (coverage == nil ? "stdin" : "flags")
    let result: (records: [JSONObject], summary: ImportSummary)
    if let coverage, let via {
      let check = (on: on.flatMap(LocalDate.init) ?? asOf.date, via: VerificationChannel(rawValue: via)!)
      result = try importer.change(.coverage, [StoredRecordChange(id: coverage, change: check)], source: source) { check, c in
        CoverageVerify.apply(to: c, on: check.on, via: check.via, by: who)
      }
    } else {
      result = try CoverageVerify.record(responses, by: who, importer: importer, source: source)
    }
    try writeChanges(result, context: context, dryRun: dry.dryRun, format: formatOption, noun: "verification")
  }
}
