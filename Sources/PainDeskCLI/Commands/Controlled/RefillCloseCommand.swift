import ArgumentParser
import PainDesk

struct RefillCloseCommand: ToolCommand {
  static let toolName = "refill-check"
  static let configuration = CommandConfiguration(
    commandName: "close",
    abstract: "Close refill requests: approved, denied, cancelled or filled.",
    discussion: """
      Records the status on each refill_request named (an update event each), with \
      closed_on (--as-of) and --note as status_note; the queue (check) then leaves them \
      out. An id not in the ledger is exit 66 naming it, and nothing is written. Prints \
      the closed requests.

      EXAMPLES
        refill-check close RR0001 RR0007 --status approved
        refill-check close RR0002 --status cancelled \\
          --note "patient switched pharmacy"
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var formatOption: FormatOption
  @OptionGroup var dry: DryRunOption
  @Option(
    name: .long, help: ArgumentHelp("The status to record: approved, denied, cancelled or filled.", valueName: "status"),
    completion: .list(RefillRequestStatus.closing.map(\.rawValue)))
  var status: String
  @Option(name: .long, help: ArgumentHelp("Why, kept as the request's status_note.", valueName: "text"))
  var note: String?
  @Argument(help: ArgumentHelp("The refill_request ids to close.", valueName: "id"))
  var ids: [String]

  func validate() throws {
    if ids.isEmpty { throw ValidationError("name the refill_request ids to close") }
    guard let s = RefillRequestStatus(rawValue: status), RefillRequestStatus.closing.contains(s) else {
      throw ValidationError("unknown --status '\(status)': use \(RefillRequestStatus.closing.map(\.rawValue).joined(separator: ", "))")
    }
  }

  func run(context: ToolContext) throws {
    let ledger = try context.openLedger()
    let closed = try RefillRequestClosing.close(
      ids: ids, as: RefillRequestStatus(rawValue: status)!, on: try context.asOf().date, note: note, ledger: ledger,
      actor: context.actor, tool: "refill-check close", at: context.nowRFC3339, dryRun: dry.dryRun)
    let w = context.writer(format: try formatOption.resolve(stdoutIsTerminal: context.outputIsTerminal))
    for r in closed { w.write(r) }
    try w.finish()
  }
}
