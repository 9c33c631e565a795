import ArgumentParser
import Foundation
import PainDesk

struct RefillAuditCommand: ToolCommand {
  static let toolName = "refill-check"
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "The evidence behind each controlled-substance prescription written in a period.",
    discussion: """
      For every controlled-substance prescription written from --from to --to: the PDMP \
      check on or before the written date (date, who), the drug screen in force and \
      whether it was reviewed, the treatment agreement, the last visit, MME/day on that \
      date, and every gap, judged by the records' own dates. Each record's entry time \
      comes from the ledger's event history, so paperwork entered after the \
      prescription shows as late. One rx_audit record per prescription; --html writes \
      a printable report (summary of gaps first, a page per patient).

      EXAMPLES
        refill-check audit --from 2026-10-01 --to 2026-10-31 --html october.html
        refill-check audit --from 2026-01-01 --to 2026-11-29 \\
          --patient P0042 --format table
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: FormatOption
  @OptionGroup var mmeTable: MMETableOption
  @Option(help: ArgumentHelp("First written date (YYYY-MM-DD).", valueName: "date"), transform: LocalDate.argument)
  var from: LocalDate
  @Option(help: ArgumentHelp("Last written date (YYYY-MM-DD).", valueName: "date"), transform: LocalDate.argument)
  var to: LocalDate
  @Option(help: ArgumentHelp("Only this patient.", valueName: "id"))
  var patient: String?
  @Option(help: ArgumentHelp("Also write the printable HTML report to this file.", valueName: "file"), completion: .file(extensions: ["html"]))
  var html: String?

  func validate() throws {
    if to < from { throw ValidationError("--to is before --from") }
  }

  func run(context: ToolContext) throws {
    let format = try output.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal)
    let calculator = try mmeTable.calculator()
    let rules = try context.rules()
    let ledger = try context.openLedger()
    let data = try ControlledSubstanceData.load(from: ledger)
    var entered: [RecordKind: [String: String]] = [:]
    for k in [RecordKind.rx, .pdmpCheck, .uds, .agreement] { entered[k] = try ledger.firstEntered(kind: k) }
    let auditor = PrescriptionAuditor(data: data, rules: rules, mme: calculator, entered: entered)
    let rows = auditor.audit(from: from, to: to, patient: patient)
    if let html {
      let page = AuditReportHTML.render(rows, from: from, to: to, mmeTable: calculator.tableId)
      try context.writeOutput(Array(page.utf8), to: html)
    }
    let columns = format == .table ? ["patient_id", "rx_id", "drug", "written_on", "pdmp_checked_on", "uds_collected_on", "agreement_signed_on", "last_visit_on", "mme_per_day", "gaps"] : nil
    let w = context.writer(format: format, columns: columns)
    let enc = JSONValueEncoder()
    for r in rows { w.write(try enc.record(r)) }
    try w.finish()
  }
}
