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

      With --sql, the ledger's current SQL schema instead: the CREATE statements of \
      the tables, indexes and triggers that the migrations make, one per paragraph.

      EXAMPLES
        paindesk schema patient
        paindesk schema > paindesk-schemas.json
        paindesk schema auth | jq '.properties.status.enum'
        paindesk schema --sql | grep -A12 'CREATE TABLE "auth"'
      """)

  @OptionGroup var common: CommonOptions
  @Argument(
    help: ArgumentHelp("The record kind.", valueName: "kind"), completion: RecordKind.defaultCompletionKind,
    transform: RecordKind.argument)
  var kind: RecordKind?
  @Flag(name: .long, help: "Print the ledger's SQL schema instead of the JSON Schemas.")
  var sql = false

  func validate() throws {
    if sql && kind != nil { throw ValidationError("--sql prints the whole ledger schema: give no kind") }
  }

  func run(context: ToolContext) throws {
    if sql { return context.stdout.write(try LedgerSchema.sql()) }
    let schema = kind.map(JSONSchemas.schema(for:)) ?? JSONSchemas.all()
    context.stdout.write(JSONWriter.canonical(schema) + "\n")
  }
}
