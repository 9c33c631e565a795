import ArgumentParser
import PainDesk

struct HeadCommand: ToolCommand {
  static let toolName = "paindesk"
  static let configuration = CommandConfiguration(
    commandName: "head",
    abstract: "Print the last event's seq and hash.",
    discussion: """
      Keep the hash somewhere else (another machine, a printout): 'paindesk verify \
      --head HASH' then proves that no event up to it was changed or cut off. An \
      empty ledger has seq 0 and a hash of 64 zeros.

      EXAMPLES
        paindesk head
        paindesk head --format ndjson | jq -r .hash
      """)

  @OptionGroup var common: CommonOptions
  @OptionGroup var output: FormatOption

  func run(context: ToolContext) throws {
    let head = try context.openLedger().head()
    var o = JSONObject()
    o["seq"] = .int(head?.seq ?? 0)
    o["hash"] = .string(head?.hash ?? EventHash.genesis)
    let w = context.writer(format: try output.resolve(stdoutIsTerminal: context.terminal.stdoutIsTerminal), columns: ["seq", "hash"])
    w.write(o)
    try w.finish()
  }
}
