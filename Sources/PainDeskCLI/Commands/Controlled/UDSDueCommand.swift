import ArgumentParser
import PainDesk

public struct UDSDueCommand: ToolCommand {
  public static let toolName = "uds-due"
  public static let configuration = CommandConfiguration(
    commandName: "uds-due",
    abstract: "Patients on a controlled substance due for a drug screen.",
    discussion: """
      Each patient with an active controlled-substance prescription gets a schedule by \
      risk tier: the patient's risk_tier, else the latest ORT score (0-3 low, 4-7 \
      moderate, 8+ high), else moderate. The clinic protocol (uds.interval.low, \
      .moderate, .high; default 365, 180 and 90 days) counts from the last collected \
      specimen. One uds_schedule record per patient due within --within days or \
      overdue (every such patient with --all), then finding records: results not \
      reviewed within uds.review days, unexpected results (a prescribed controlled \
      substance not detected, or a non-prescribed one detected; CDC 2022 Rec 10), and \
      a next test that would exceed the Medicare caps of LCD L39981.

      EXAMPLES
        uds-due --as-of 2026-11-29
        uds-due --all --format csv > uds-schedule.csv
        uds-due --remind 7 --format table
        uds-due | jq -c 'select(.kind == "uds_schedule" and .collect_at_next_visit)'
      """,
    version: PainDeskVersion.line("uds-due"))

  public init() {}

  @OptionGroup public var common: CommonOptions
  @OptionGroup var output: FormatOption
  @Option(help: ArgumentHelp("Look-ahead: list patients due within this many days.", valueName: "days"))
  var within: Int = DueState.defaultWithinDays
  @Flag(help: "List every patient on a controlled substance, due or not.")
  var all = false
  @Option(help: ArgumentHelp("Only patients falling due within this many days (not yet overdue), for reminder calls.", valueName: "days"))
  var remind: Int?
  @Option(help: ArgumentHelp("Days a result may wait for a physician's review (default: uds.review, 7).", valueName: "days"))
  var reviewDays: Int?

  public func validate() throws {
    if within < 0 { throw ValidationError("--within must not be negative") }
    if let remind, remind < 0 { throw ValidationError("--remind must not be negative") }
    if let reviewDays, reviewDays < 0 { throw ValidationError("--review-days must not be negative") }
    if remind != nil && all { throw ValidationError("--remind and --all cannot be used together") }
  }

  public func run(context: ToolContext) throws {
    let format = try output.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal)
    let rules = try context.rules()
    let asOf = try context.asOf().date
    let data = try ControlledSubstanceData.load(from: try context.openLedger())
    let planner = UDSSchedulePlanner(data: data, rules: rules, asOf: asOf)
    let columns = format == .table
      ? ["kind", "patient_id", "risk_tier", "last_collected_on", "due_on", "overdue", "next_appointment", "collect_at_next_visit", "rule", "subject_id", "message"]
      : nil
    let w = context.writer(format: format, columns: columns)
    let enc = JSONValueEncoder()
    let rows = planner.schedules(withinDays: remind ?? within, all: all, remindOnly: remind != nil)
    for r in rows { w.write(try enc.record(r)) }
    if remind == nil {
      let listed = Set(rows.map(\.patientId))
      for f in planner.findings(withinDays: within, reviewDays: reviewDays) {
        // A cap warning only for the patients listed; result findings for everyone.
        if f.rule.hasPrefix("uds.medicare_cap"), !listed.contains(f.subjectId) { continue }
        w.write(try enc.record(f))
      }
    }
    try w.finish()
  }
}
