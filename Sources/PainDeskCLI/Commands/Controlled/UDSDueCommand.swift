import ArgumentParser
import PainDesk

/// `uds-due`: the drug screens due (`list`, the default) and the result findings
/// (`results`).
public struct UDSDueCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "uds-due",
    abstract: "Drug screens due or overdue, and results to act on.",
    discussion: """
      EXAMPLES
        uds-due --as-of 2026-11-29
        uds-due --remind 7 --contacts --format table
        uds-due results --format table
      """,
    version: PainDeskVersion.line("uds-due"),
    subcommands: [UDSDueList.self, UDSDueResults.self], defaultSubcommand: UDSDueList.self)

  public init() {}
}

struct UDSDueList: ToolCommand {
  static let toolName = "uds-due"
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the drug screens due or overdue (the default subcommand).",
    discussion: """
      Each patient with an active controlled-substance prescription gets a schedule by \
      risk tier: the patient's risk_tier, else the latest ORT score (0-3 low, 4-7 \
      moderate, 8+ high), else moderate. The clinic protocol (uds.interval.low, \
      .moderate, .high; default 365, 180 and 90 days) counts from the last collected \
      specimen. One uds_schedule record per patient due within --within days or \
      overdue (every such patient with --all), then a finding for a next test that \
      would exceed the Medicare caps of LCD L39981. Result findings are 'uds-due \
      results'.

      EXAMPLES
        uds-due --as-of 2026-11-29
        uds-due --all --format csv > uds-schedule.csv
        uds-due --remind 7 --contacts --format table
        uds-due | jq -c 'select(.kind == "uds_schedule" and .collect_at_next_visit)'
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: FormatOption
  @Option(help: ArgumentHelp("Look-ahead: list patients due within this many days.", valueName: "days"))
  var within: Int = DueState.defaultWithinDays
  @Flag(help: "List every patient on a controlled substance, due or not.")
  var all = false
  @Option(help: ArgumentHelp("Only patients falling due within this many days (not yet overdue), for reminder calls.", valueName: "days"))
  var remind: Int?
  @OptionGroup var list: CallListOptions

  func validate() throws {
    if within < 0 { throw ValidationError("--within must not be negative") }
    if let remind, remind < 0 { throw ValidationError("--remind must not be negative") }
    if remind != nil && all { throw ValidationError("--remind and --all cannot be used together") }
  }

  func run(context: ToolContext) throws {
    try list.start(context)
    let format = try output.resolve(stdoutIsTerminal: context.outputIsTerminal)
    let rules = try context.rules()
    let asOf = try context.asOf().date
    let ledger = try context.openLedger()
    let planner = UDSSchedulePlanner(data: try ControlledSubstanceData.load(from: ledger), rules: rules, asOf: asOf)
    let columns = format == .table
      ? ["kind", "patient_id", "risk_tier", "last_collected_on", "due_on", "overdue", "next_appointment", "collect_at_next_visit", "rule", "subject_id", "message"]
      : nil
    let enc = JSONValueEncoder()
    let schedules = planner.schedules(withinDays: remind ?? within, all: all, remindOnly: remind != nil)
    var rows = try schedules.map { try enc.record($0) }
    if remind == nil {
      // The Medicare cap warning of each patient listed, for the next test.
      for s in schedules {
        if let cap = planner.medicareCap(s.patientId, withinDays: within) { rows.append(try UDSDueResults.row(cap, patientId: s.patientId, enc)) }
      }
    }
    try list.write(rows, context, ledger: ledger, format: format, columns: columns)
  }
}

struct UDSDueResults: ToolCommand {
  static let toolName = "uds-due"
  static let configuration = CommandConfiguration(
    commandName: "results",
    abstract: "List drug screen results to act on: not reviewed in time, or unexpected.",
    discussion: """
      One finding per result not reviewed by a physician within --review-days of its \
      result (rule uds.review, default 7), and per unexpected result (a prescribed \
      controlled substance not detected, or a non-prescribed one detected; CDC 2022 \
      Rec 10) not yet reviewed; --all adds the unexpected results a physician already \
      reviewed (severity info). Every row has the patient_id. Exits 0 whether or not \
      it lists anything.

      EXAMPLES
        uds-due results --as-of 2026-11-29 --format table
        uds-due results --all --contacts --format csv --out results.csv
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: FormatOption
  @Flag(help: "Also list unexpected results already reviewed.")
  var all = false
  @Option(help: ArgumentHelp("Days a result may wait for a physician's review (default: uds.review, 7).", valueName: "days"))
  var reviewDays: Int?
  @OptionGroup var list: CallListOptions

  func validate() throws {
    if let reviewDays, reviewDays < 0 { throw ValidationError("--review-days must not be negative") }
  }

  /// A finding as a row, with the patient it is about.
  static func row(_ f: Finding, patientId: String, _ enc: JSONValueEncoder) throws -> JSONObject {
    var o = try enc.record(f)
    o["patient_id"] = .string(patientId)
    return o
  }

  func run(context: ToolContext) throws {
    try list.start(context)
    let format = try output.resolve(stdoutIsTerminal: context.outputIsTerminal)
    let ledger = try context.openLedger()
    let planner = UDSSchedulePlanner(data: try ControlledSubstanceData.load(from: ledger), rules: try context.rules(), asOf: try context.asOf().date)
    let enc = JSONValueEncoder()
    let rows = try planner.resultRows(reviewDays: reviewDays, includeReviewed: all).map { try Self.row($0.finding, patientId: $0.patientId, enc) }
    let columns = format == .table ? ["patient_id", "subject_id", "rule", "severity", "message"] : nil
    try list.write(rows, context, ledger: ledger, format: format, columns: columns)
  }
}
