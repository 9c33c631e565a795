import ArgumentParser
import PainDesk

struct PickupCommand: ToolCommand {
  static let toolName = "refill-check"
  static let configuration = CommandConfiguration(
    commandName: "pickup",
    abstract: "Record a pharmacy's confirmation that a prescription was picked up.",
    discussion: """
      Sets picked_up_on on the rx and records it as an rx update event of tool \
      'refill-check pickup', whose actor is pharmacy:NAME with --pharmacy (unless \
      --actor names someone), so the event history shows who confirmed it. Such a \
      confirmation still counts when a later import of the rx drops picked_up_on. \
      Prints the updated rx. A rerun with the same date records nothing.

      EXAMPLES
        refill-check pickup --rx RX0042 --on 2026-11-28 --pharmacy "Main St Pharmacy"
        refill-check pickup --rx RX0042 --on 2026-11-28 --dry-run --format json
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption
  @OptionGroup var dry: DryRunOption
  @Option(help: ArgumentHelp("The prescription picked up.", valueName: "id"))
  var rx: String
  @Option(help: ArgumentHelp("The day it was picked up (default: the --as-of date).", valueName: "date"))
  var on: String?
  @Option(help: ArgumentHelp("The pharmacy that confirmed the pickup.", valueName: "name"))
  var pharmacy: String?

  func validate() throws {
    try LocalDate.validate(on, flag: "--on")
    if let pharmacy, pharmacy.isEmpty { throw ValidationError("--pharmacy must not be empty") }
  }

  func run(context: ToolContext) throws {
    let asOf = try context.asOf()
    let importer = try changeImporter(
      tool: PickupCheck.pharmacyTool, context: context, dryRun: dry.dryRun,
      actor: common.actor == nil ? pharmacy.map { "pharmacy:\($0)" } : nil)
    let day = on.flatMap(LocalDate.init) ?? asOf.date
    let result = try importer.change(.rx, [StoredRecordChange(id: rx, change: day)], source: "flags") { day, record throws(ToolkitError) in
      try PickupCheck.confirm(record, on: day)
    }
    try writeChanges(result, context: context, dryRun: dry.dryRun, format: formatOption)
  }
}
