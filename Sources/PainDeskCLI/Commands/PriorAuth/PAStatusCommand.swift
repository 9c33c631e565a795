import ArgumentParser
import PainDesk

/// `pa-status`: the prior-authorization worklist (`list`, the default) and the payer's
/// decisions (`update`).
public struct PAStatusCommand: ToolWithSubcommands {
  public init() {}
  public static let configuration = CommandConfiguration(
    commandName: "pa-status",
    abstract: "The prior-authorization worklist, and the payers' decisions.",
    discussion: """
      EXAMPLES
        pa-status --overdue --as-of 2026-11-29
        pa-status --status denied --format ndjson | jq -r .id
        pa-status update --auth A0007 --status approved \\
          --auth-number X1 --valid-to 2027-03-01
        pa-status update --pas response.json
      """,
    version: PainDeskVersion.line("pa-status"),
    subcommands: [PAStatusList.self, PAStatusUpdate.self], defaultSubcommand: PAStatusList.self)
}

struct PAStatusList: ToolCommand {
  static let toolName = "pa-status"
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List auths as a worklist (the default subcommand).",
    discussion: """
      Each row is the auth record (unknown fields kept) plus age_days (since \
      submitted_at), decision_due, days_left, deadline_rule and overdue for requests \
      awaiting a decision; the timeframe is the payer's (payer record, then config, \
      then the shipped rule). A worklist exits 0 whether or not it lists anything.

      EXAMPLES
        pa-status --overdue --as-of 2026-11-29
        pa-status --expiring 14 --format table
        pa-status --status denied --since 2026-10-01 --format ndjson | jq -r .id
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption

  @Option(
    name: .long, help: ArgumentHelp("Only these statuses (repeatable or comma-separated).", valueName: "status"),
    completion: AuthStatus.defaultCompletionKind, transform: AuthStatus.argumentList)
  var status: [[AuthStatus]] = []
  @Option(name: .long, help: ArgumentHelp("Only this payer.", valueName: "id"))
  var payer: String?
  @Option(name: .long, help: ArgumentHelp("Only this patient.", valueName: "id"))
  var patient: String?
  @Option(name: .long, help: ArgumentHelp("Only auths submitted on or after this date.", valueName: "date"), transform: LocalDate.argument)
  var since: LocalDate?
  @Flag(name: .long, help: "Only requests with no decision within the payer's timeframe.")
  var overdue = false
  @Option(name: .long, help: ArgumentHelp("Approved auths whose valid_to falls within DAYS, or before a scheduled appointment.", valueName: "days"))
  var expiring: Int?
  @Flag(name: .long, help: "Approved auths whose units are used up.")
  var exhausted = false
  @Flag(name: .long, help: "Pended auths: what each pend asks for, and since when.")
  var pended = false
  @OptionGroup var list: CallListOptions

  func validate() throws {
    if let expiring, expiring < 0 { throw ValidationError("--expiring takes a number of days (0 or more)") }
  }

  func run(context: ToolContext) throws {
    try list.start(context)
    let ledger = try context.openLedger()
    var filter = PAWorklistFilter()
    let statuses = status.joined().map(\.rawValue)
    filter.statuses = statuses.isEmpty ? nil : statuses
    filter.payer = payer
    filter.patient = patient
    filter.since = since
    filter.overdue = overdue
    filter.expiringDays = expiring
    filter.exhausted = exhausted
    filter.pended = pended
    let rows = try PAWorklist.rows(ledger: ledger, filter: filter, rules: try context.rules(), asOf: try context.asOf())
    let format = try formatOption.resolve(stdoutIsTerminal: context.outputIsTerminal)
    let columns = format == .table || format == .csv
      ? ["id", "patient_id", "payer_id", "status", "urgency", "submitted_at", "age_days", "decision_due", "days_left", "deadline_rule"]
        + (expiring != nil ? ["expiring_on"] : []) + (exhausted ? ["units_left"] : []) + (pended ? ["pended_since", "requested_items"] : [])
      : nil
    if list.contacts {
      try list.write(try rows.map { try $0.object() }, context, ledger: ledger, format: format, columns: columns)
    } else {
      // Stored records spliced with their worklist fields, without parsing them.
      let w = list.writer(context, format: format, columns: columns)
      for r in rows { try w.write(r) }
      try w.finish()
    }
  }
}

struct PAStatusUpdate: ToolCommand {
  static let toolName = "pa-status"
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract: "Record payer decisions: NDJSON status changes, flags for one auth, or PAS responses.",
    discussion: """
      Each change is an event on the auth. A denial also records a denial record \
      '<auth id>-denial-1' for appeal-pack. An approval without an auth number is \
      approved_pending_number until the number comes. --pas reads Da Vinci PAS \
      ClaimResponse bundles (review action A1 approved, A2 partial, A3 denied, A4 \
      pended, A6 modified, per item or once; preAuthRef; preAuthPeriod). Prints the \
      changed records.

      EXAMPLES
        pa-status update changes.ndjson
        pa-status update --auth A0007 --status denied --carc 50 \\
          --rarc N115 --reason "criteria not met"
        pa-status update --auth A0007 --item 1:approved:1 \\
          --item 2:denied --auth-number X1
        pa-status update --pas granted.json --auth A0007
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption
  @OptionGroup var dry: DryRunOption

  @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Da Vinci PAS ClaimResponse bundles to apply.", valueName: "file"), completion: .file(extensions: ["json"]))
  var pas: [String] = []
  @Option(name: .long, help: ArgumentHelp("The auth to change (flags), or the auth a PAS response answers.", valueName: "id"))
  var auth: String?
  @Option(name: .long, help: ArgumentHelp("New status.", valueName: "status"), completion: .list(AuthStatus.allCases.map(\.rawValue)))
  var status: String?
  @Option(name: .long, help: ArgumentHelp("A line's outcome (repeatable).", valueName: "seq:outcome[:units]"))
  var item: [String] = []
  @Option(name: .long, help: ArgumentHelp("The payer's authorization number.", valueName: "number"))
  var authNumber: String?
  @Option(name: .long, help: ArgumentHelp("First day the approval is valid.", valueName: "date"))
  var validFrom: String?
  @Option(name: .long, help: ArgumentHelp("Last day the approval is valid.", valueName: "date"))
  var validTo: String?
  @Option(name: .long, help: ArgumentHelp("When the payer decided (default: --as-of, else now).", valueName: "instant"))
  var decidedAt: String?
  @Option(name: .long, help: ArgumentHelp("Date on the denial notice (default: the decision's date).", valueName: "date"))
  var noticeDate: String?
  @Option(name: .long, help: ArgumentHelp("Denial: claim adjustment reason code.", valueName: "code"))
  var carc: String?
  @Option(name: .long, help: ArgumentHelp("Denial: remark code (repeatable).", valueName: "code"))
  var rarc: [String] = []
  @Option(name: .long, help: ArgumentHelp("Denial: X12 278 HCR01 action code.", valueName: "code"))
  var hcr01: String?
  @Option(name: .long, help: ArgumentHelp("Denial reason as the payer gave it.", valueName: "text"))
  var reason: String?
  @Option(name: .long, help: ArgumentHelp("What a pend asks for (repeatable).", valueName: "text"))
  var requestedItem: [String] = []

  @Argument(help: ArgumentHelp("NDJSON files of status changes ('-' for stdin).", valueName: "file"), completion: .file(extensions: ["ndjson"]))
  var files: [String] = []

  var usesFlags: Bool { status != nil || !item.isEmpty || authNumber != nil || validTo != nil }

  func validate() throws {
    if usesFlags && auth == nil { throw ValidationError("--status, --item, --auth-number and --valid-to need --auth ID") }
    if usesFlags && (!pas.isEmpty || !files.isEmpty) { throw ValidationError("give flags for one auth, or files, not both") }
    try AuthStatus.validate(status, flag: "--status")
    for (name, v) in [("--valid-from", validFrom), ("--valid-to", validTo), ("--notice-date", noticeDate)] {
      try LocalDate.validate(v, flag: name)
    }
    try Instant.validate(decidedAt, flag: "--decided-at")
    for i in item where StatusChange.ItemOutcomeChange(flag: i) == nil {
      throw ValidationError("--item '\(i)': use SEQ:OUTCOME[:UNITS] (outcome approved, partial, modified, denied, pended)")
    }
  }

  func run(context: ToolContext) throws {
    let input: AuthDecisionUpdate.Input
    if let auth, usesFlags {
      input = .changes([StoredRecordChange(id: auth, change: try StatusChange(
        auth: auth, status: status, items: item, authNumber: authNumber, validFrom: validFrom, validTo: validTo,
        decidedAt: decidedAt, noticeDate: noticeDate, requestedItems: requestedItem, carc: carc, rarc: rarc, hcr01: hcr01,
        reason: reason))])
    } else if !pas.isEmpty {
      input = .pas(try pas.map { file throws(ToolkitError) in (try PASResponse.read(file: file), file) }, auth: auth)
    } else {
      input = .changes(try StatusChange.changes(reading: try context.inputSources(files)))
    }
    let asOf = try context.asOf()
    let result = try AuthDecisionUpdate.record(
      input, importer: try changeImporter(tool: "pa-status update", context: context, dryRun: dry.dryRun),
      now: context.common.asOf == nil ? context.now : asOf.instant, decidedAt: decidedAt,
      calendar: try context.loadConfig().calendar, rules: try context.rules(), ledger: try context.openLedger())
    try writeChanges(result, context: context, dryRun: dry.dryRun, format: formatOption)
  }
}
