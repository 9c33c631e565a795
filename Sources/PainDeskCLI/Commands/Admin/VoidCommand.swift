import ArgumentParser
import PainDesk

struct VoidCommand: ToolCommand {
  static let toolName = "paindesk"
  static let configuration = CommandConfiguration(
    commandName: "void",
    abstract: "Record that a record was entered in error.",
    discussion: """
      Nothing is ever deleted: the record stays in the history with a void event \
      and the reason; worklists and exports leave it out from then on. Voiding a \
      void record again changes nothing.

      EXAMPLES
        paindesk void auth A0042 --reason "duplicate of A0041"
        paindesk void --dry-run patient P0007 --reason "test patient"
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var dry: DryRunOption
  @Argument(
    help: ArgumentHelp("The record's kind.", valueName: "kind"), completion: .list(RecordKind.stored.map(\.rawValue)),
    transform: RecordKind.storedArgument)
  var kind: RecordKind
  @Argument(help: ArgumentHelp("The record's id.", valueName: "id"))
  var id: String
  @Option(help: ArgumentHelp("Why the record is void (kept in the history).", valueName: "text"))
  var reason: String

  func run(context: ToolContext) throws {
    let changed = try context.openLedger().void(
      kind: kind, id: id, reason: reason, actor: context.actor, tool: "paindesk void",
      at: context.nowRFC3339, dryRun: dry.dryRun)
    if !changed { context.diagnostics.detail("\(kind) '\(id)' was void already; nothing changed") }
  }
}
