import ArgumentParser
import PainDesk

struct PickupsCommand: ToolCommand {
  static let toolName = "refill-check"
  static let configuration = CommandConfiguration(
    commandName: "pickups",
    abstract: "List controlled-substance prescriptions not confirmed picked up.",
    discussion: """
      One finding per active controlled-substance prescription whose last fill is more
      than --days days old (default rx.pickup_confirmation, 7) with no picked_up_on on
      or after that fill. Record a pickup by importing the rx with picked_up_on.

      EXAMPLES
        refill-check pickups --as-of 2026-11-29 --format table
        refill-check pickups --days 3 | jq -r .subject_id
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: FormatOption
  @Option(help: ArgumentHelp("Days after the fill before an unconfirmed pickup is listed.", valueName: "days"))
  var days: Int?

  func validate() throws {
    if let days, days < 0 { throw ValidationError("--days must not be negative") }
  }

  func run(context: ToolContext) throws {
    let format = try output.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal)
    let rules = try context.rules()
    let asOf = try context.asOf().date
    let data = try ControlledSubstanceData.load(from: try context.openLedger())
    let columns = format == .table ? ["subject_id", "rule", "message"] : nil
    let w = context.writer(format: format, columns: columns)
    let enc = JSONValueEncoder()
    for f in PickupCheck.unconfirmed(data, rules: rules, asOf: asOf, days: days) { w.write(try enc.record(f)) }
    try w.finish()
  }
}
