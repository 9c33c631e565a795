import ArgumentParser
import PainDesk

struct RecallListCommand: ToolCommand {
  static let toolName = "recall-scan"
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List patients due or overdue for a visit (the default).",
    discussion: """
      One recall record per patient and reason: chronic opioid therapy \
      (opioid.follow_up), relief follow-up after an ESI, MBB or RFA, re-evaluation \
      when a repeat RFA becomes possible, SCS and pump follow-ups, the patient's \
      own recall_interval_days, no-shows and cancellations not yet rebooked, and \
      referrals not yet scheduled. Inactive, discharged and deceased patients are \
      never listed; a reason a future appointment satisfies only with \
      --include-scheduled. Exits 0 whether or not anyone is due.

      EXAMPLES
        recall-scan --as-of 2026-11-29 --format csv > calls.csv
        recall-scan list --within 30 --reason opioid_follow_up --format table
        recall-scan --format ndjson \\
          | jq -r 'select(.action == "letter") | .patient_id'
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: FormatOption

  @Option(help: ArgumentHelp("Look-ahead: list what falls due within this many days (default 14).", valueName: "days"))
  var within: Int?

  @Flag(help: "Also list reasons a future appointment satisfies, marked scheduled.")
  var includeScheduled = false

  @Option(help: ArgumentHelp("Only this patient (repeatable).", valueName: "id"))
  var patient: [String] = []

  @Option(
    help: ArgumentHelp("Only this reason (repeatable).", valueName: "reason"),
    completion: RecallReason.defaultCompletionKind, transform: RecallReason.argument)
  var reason: [RecallReason] = []

  @OptionGroup var list: CallListOptions

  func validate() throws {
    if let within, within < 0 { throw ValidationError("--within must be 0 or more days") }
  }

  static let columns = [
    "patient_id", "reason", "rule", "last_visit_on", "due_on", "state", "days_overdue", "priority",
    "contact_preference", "attempts", "failed_attempts", "action", "scheduled", "scheduled_on", "subject_id", "source",
  ]

  func run(context: ToolContext) throws {
    try list.start(context)
    let format = try output.resolve(stdoutIsTerminal: context.outputIsTerminal)
    let rules = try context.rules()
    let asOf = try context.asOf()
    let ledger = try context.openLedger()
    var options = RecallScan.Options(asOf: asOf.date)
    options.includeScheduled = includeScheduled
    options.patients = patient.isEmpty ? nil : Set(patient)
    options.reasons = reason.isEmpty ? nil : Set(reason)
    let settings = RecallSettings(rules: rules, withinDays: within)
    let items = try RecallScan.run(ledger: ledger, rules: rules, settings: settings, options: options)
    try list.write(items.map(\.record), context, ledger: ledger, format: format, columns: format == .csv || format == .table ? Self.columns : nil)
    context.diagnostics.detail("\(items.count) recall(s) as of \(asOf.date)")
  }
}
