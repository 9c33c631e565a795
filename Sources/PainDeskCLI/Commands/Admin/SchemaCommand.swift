import ArgumentParser
import PainDesk

struct SchemaCommand: ToolCommand {
  static let toolName = "paindesk"
  static let configuration = CommandConfiguration(
    commandName: "schema",
    abstract: "Print the JSON Schema of a record kind, or of every kind.",
    discussion: """
      JSON Schema draft 2020-12, generated from the same specs that validate imports, \
      so any validator can check records before they reach the ledger. Without a kind, \
      one object keyed by kind name. Needs no ledger.

      EXAMPLES
        paindesk schema patient
        paindesk schema > paindesk-schemas.json
        paindesk schema auth | jq '.properties.status.enum'
      """)

  @OptionGroup var common: CommonOptions
  @Argument(
    help: ArgumentHelp("The record kind.", valueName: "kind"), completion: RecordKind.defaultCompletionKind,
    transform: RecordKind.argument)
  var kind: RecordKind?

  func run(context: ToolContext) throws {
    let schema = kind.map(JSONSchemas.schema(for:)) ?? JSONSchemas.all()
    context.stdout.write(JSONWriter.canonical(schema) + "\n")
  }
}
