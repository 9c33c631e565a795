import ArgumentParser
import PainDesk

struct PickupsCommand: ToolCommand {
  static let toolName = "refill-check"
  static let configuration = CommandConfiguration(
    commandName: "pickups",
    abstract: "List controlled-substance prescriptions not confirmed picked up.",
    discussion: """
      One finding per active controlled-substance prescription whose last fill is more \
      than --days days old (default rx.pickup_confirmation, 7) and whose pickup is not \
      confirmed: no picked_up_on on or after that fill, and no pharmacy confirmation \
      recorded by 'refill-check pickup'. With --confirmed, the confirmed ones instead, \
      each saying how (confirmed_via: field or pharmacy_event), by whom and when.

      EXAMPLES
        refill-check pickups --as-of 2026-11-29 --format table
        refill-check pickups --days 3 | jq -r .subject_id
        refill-check pickups --confirmed --format ndjson | jq -c .evidence
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: FormatOption
  @Option(help: ArgumentHelp("Days after the fill before an unconfirmed pickup is listed.", valueName: "days"))
  var days: Int?
  @Flag(help: "List the confirmed pickups, with how each was confirmed.")
  var confirmed = false

  func validate() throws {
    if let days, days < 0 { throw ValidationError("--days must not be negative") }
  }

  func run(context: ToolContext) throws {
    let format = try output.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal)
    let rules = try context.rules()
    let asOf = try context.asOf().date
    let ledger = try context.openLedger()
    let data = try ControlledSubstanceData.load(from: ledger)
    let events = try ledger.pickupEvents()
    let columns = format == .table ? ["subject_id", "rule", "message"] : nil
    let w = context.writer(format: format, columns: columns)
    let enc = JSONValueEncoder()
    let found = confirmed
      ? PickupCheck.confirmed(data, asOf: asOf, events: events)
      : PickupCheck.unconfirmed(data, rules: rules, asOf: asOf, days: days, events: events)
    for f in found { w.write(try enc.record(f)) }
    try w.finish()
  }
}
