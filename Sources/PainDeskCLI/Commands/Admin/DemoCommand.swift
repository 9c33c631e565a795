import ArgumentParser
import PainDesk

struct DemoCommand: ToolCommand {
  static let toolName = "paindesk"
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Build the synthetic demo clinic into a ledger.",
    discussion: """
      Two physicians and an NP, about 800 active patients and 12 months of history \
      ending at --as-of: appointments, procedures with pain scores, authorizations in \
      every status with first-pass denials, appeals, opioid patients with Rx, UDS, \
      PDMP checks and agreements (some out of date on purpose), referrals, records \
      requests, a waitlist and open slots, claims and a fee schedule. All names are \
      invented. Creates the ledger when it does not exist. Deterministic: the same \
      --seed and --as-of give the same ledger (events are dated at --as-of, actor \
      'demo'), and running it again changes nothing.

      EXAMPLES
        paindesk demo --ledger /tmp/demo.sqlite --as-of 2026-11-29
        paindesk demo --seed 7 && paindesk export --kind auth \\
          | jq -r .status | sort | uniq -c
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var dry: DryRunOption
  @Option(help: ArgumentHelp("Random seed (the same seed gives the same clinic).", valueName: "n"))
  var seed: UInt64 = 1

  func run(context: ToolContext) throws {
    let asOf = try context.asOf()
    try DemoClinic.validate(asOf: asOf.date.description)
    let records = DemoClinic.generate(seed: seed, asOf: asOf.date.description)
    let ledger = try context.openOrCreateLedger()
    let options = RecordImporter.Options(
      actor: "demo", tool: "paindesk demo", at: asOf.instant.description, dryRun: dry.dryRun)
    let importer = RecordImporter(ledger: ledger, options: options)
    importer.progress = { n in context.diagnostics.progress("\(n) of \(records.count) records") }
    let summary = try importer.run(records: records, source: "demo")
    context.diagnostics.endProgress()
    try ImportReport.finish(summary, rejectFile: nil, context: context)
  }
}
