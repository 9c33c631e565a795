import ArgumentParser
import PainDesk

/// `intake-check`: open referrals and what each needs before booking (`list`, the
/// default), and referral steps (`advance`).
public struct IntakeCheckCommand: ToolWithSubcommands {
  public init() {}
  public static let configuration = CommandConfiguration(
    commandName: "intake-check",
    abstract: "What open referrals need before the first visit.",
    discussion: """
      Reads the ledger. 'list' (the default) prints one intake_status record per open \
      referral: what is missing (intake packet, questionnaire, functional assessment, \
      prior records, verified insurance, injury case), the next action, whom it waits \
      on, and whether a follow-up is due. 'advance' records a referral's step.

      EXAMPLES
        intake-check --as-of 2026-11-29 --format table
        intake-check --format ndjson | jq -c 'select(.follow_up_due)'
        intake-check advance --referral REF0007 --to intake_sent
      """,
    version: PainDeskVersion.line("intake-check"),
    subcommands: [IntakeCheckList.self, IntakeCheckAdvance.self],
    defaultSubcommand: IntakeCheckList.self)
}

struct IntakeCheckList: ToolCommand {
  static let toolName = "intake-check"
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List open referrals and what each needs (the default subcommand).",
    discussion: """
      One intake_status per referral not yet scheduled or declined, follow-ups due \
      first, then the longest open. follow_up_due is true when an intake packet or a \
      prior-records request has waited more than --follow-up-days (rule \
      intake.follow_up, default 7) since the step or the latest outreach about it. \
      Insurance is checked as coverage-check does, for --as-of. Exits 0 whether or \
      not it lists anything.

      EXAMPLES
        intake-check --as-of 2026-11-29 --format csv > intake.csv
        intake-check --follow-up-days 5 --format ndjson \\
          | jq -r 'select(.follow_up_due) | .patient_id'
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption

  @Option(name: .long, help: ArgumentHelp("Days a packet or records request may wait before a follow-up (default: rule intake.follow_up).", valueName: "days"))
  var followUpDays: Int?
  @Option(name: .long, help: ArgumentHelp("Insurance counts as verified within DAYS before --as-of (default: rule coverage.verification, 30).", valueName: "days"))
  var verifiedWithin: Int?
  @Option(name: .long, help: ArgumentHelp("Only this patient.", valueName: "id"))
  var patient: String?

  @OptionGroup var list: CallListOptions

  func validate() throws {
    if let followUpDays, followUpDays < 0 { throw ValidationError("--follow-up-days takes a number of days (0 or more)") }
    if let verifiedWithin, verifiedWithin < 0 { throw ValidationError("--verified-within takes a number of days (0 or more)") }
  }

  func run(context: ToolContext) throws {
    try list.start(context)
    let rules = try context.rules()
    let asOf = try context.asOf()
    let ledger = try context.openLedger()
    let snapshot = try BackOfficeSnapshot.load(ledger, parts: .intake)
    let options = IntakeCheck.Options(
      followUpDays: rules.int("intake.follow_up", "after_days", flag: followUpDays.map { .int(Int64($0)) }),
      verifiedWithinDays: rules.int("coverage.verification", "verified_within_days", flag: verifiedWithin.map { .int(Int64($0)) }),
      patient: patient)
    let rows = IntakeCheck.rows(snapshot, options: options, asOf: asOf)
    let format = try formatOption.resolve(stdoutIsTerminal: context.outputIsTerminal)
    let columns = format == .table || format == .csv
      ? ["referral_id", "patient_id", "status", "next_action", "waiting_on", "days_open", "follow_up_due", "missing"] : nil
    try list.write(rows.map(\.record), context, ledger: ledger, format: format, columns: columns)
    context.diagnostics.detail("\(rows.count) open referral(s), \(rows.filter(\.followUpDue).count) due a follow-up")
  }
}

struct IntakeCheckAdvance: ToolCommand {
  static let toolName = "intake-check"
  static let configuration = CommandConfiguration(
    commandName: "advance",
    abstract: "Record a referral's step (an update event on the referral).",
    discussion: """
      Sets the referral's status and status_on (--on, default the --as-of date). With \
      --referral, one step from the flags; otherwise NDJSON objects with referral_id, \
      to and optionally on, from the files or stdin. Advancing to the status a referral \
      already has changes nothing; going backwards (or out of declined) is refused \
      with exit 65 unless --force. Prints the referrals as they stand.

      EXAMPLES
        intake-check advance --referral REF0007 --to intake_sent --on 2026-11-29
        intake-check advance --referral REF0007 --to records_requested --force
        printf '%s\\n' '{"referral_id":"REF0007","to":"ready"}' | intake-check advance
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption
  @OptionGroup var dry: DryRunOption

  @Option(name: .long, help: ArgumentHelp("The referral to advance.", valueName: "id"))
  var referral: String?
  @Option(name: .long, help: ArgumentHelp("The new status.", valueName: "status"), completion: .list(ReferralStatus.allCases.map(\.rawValue)))
  var to: String?
  @Option(name: .long, help: ArgumentHelp("The day of the step (default: the --as-of date).", valueName: "date"))
  var on: String?
  @Flag(name: .long, help: "Allow going back to an earlier status.")
  var force = false

  @Argument(help: ArgumentHelp("NDJSON files of steps ('-' for stdin), without --referral.", valueName: "file"), completion: .file(extensions: ["ndjson", "jsonl"]))
  var files: [String] = []

  func validate() throws {
    if referral != nil {
      guard let to else { throw ValidationError("--referral needs --to STATUS") }
      try ReferralStatus.validate(to, flag: "--to")
      guard files.isEmpty else { throw ValidationError("name files or --referral, not both") }
    } else if to != nil {
      throw ValidationError("--to goes with --referral")
    }
    try LocalDate.validate(on, flag: "--on")
  }

  func run(context: ToolContext) throws {
    let asOf = try context.asOf()
    let day = on.flatMap(LocalDate.init) ?? asOf.date
    var steps: [StoredRecordChange<(to: ReferralStatus, on: LocalDate)>] = []
    if let referral, let to {
      steps.append(StoredRecordChange(id: referral, change: (ReferralStatus(rawValue: to)!, day)))
    } else {
      for (o, place) in try RecordInput.read(try context.inputSources(files)) {
        guard let id = o.string("referral_id") else { throw ToolkitError(.dataError, "\(place): a step needs 'referral_id'") }
        guard let to = o.string("to").flatMap(ReferralStatus.init(rawValue:)) else {
          throw ToolkitError(.dataError, "\(place): 'to' must be one of \(ReferralStatus.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var d = day
        if let text = o.string("on") {
          guard let parsed = LocalDate(text) else { throw ToolkitError(.dataError, "\(place): 'on' is not a date (YYYY-MM-DD)") }
          d = parsed
        }
        steps.append(StoredRecordChange(id: id, place: place, change: (to, d)))
      }
    }
    let importer = try changeImporter(tool: "intake-check advance", context: context, dryRun: dry.dryRun)
    let result = try importer.change(.referral, steps, source: files.first ?? (referral == nil ? "stdin" : "flags")) {
      step, r throws(ToolkitError) in try IntakeAdvance.apply(r, to: step.to, on: step.on, force: force)
    }
    try writeChanges(result, context: context, dryRun: dry.dryRun, format: formatOption, noun: "step")
  }
}
