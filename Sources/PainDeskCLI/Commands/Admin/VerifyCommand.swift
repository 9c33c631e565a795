import ArgumentParser
import PainDesk

struct VerifyCommand: ToolCommand {
  static let toolName = "paindesk"
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Prove the ledger: integrity, references and the hash chain.",
    discussion: """
      Runs SQLite's integrity check and foreign-key check, checks the schema \
      against the migrations, recomputes every event's hash from the first, checks \
      that the current state (every typed column included) and the summaries match \
      the events, and with --head that the chain still reaches a head kept \
      elsewhere. Exit 0 when sound, 1 naming the first problem (kind, id, column; \
      never a value).

      A chain rewritten whole, every hash recomputed, is caught only with --head. \
      Give it as SEQ:HASH to tell events cut off the end from history rewritten.

      EXAMPLES
        paindesk verify
        paindesk head --format ndjson | jq -r '"\\(.seq):\\(.hash)"' \\
          > /safe/place/head.txt
        paindesk verify --head "$(cat /safe/place/head.txt)"
      """)

  @OptionGroup var common: CommonOptions
  @Option(help: ArgumentHelp("A head from 'paindesk head' (SEQ:HASH, or HASH) that the chain must still reach.", valueName: "seq:hash"))
  var head: String?

  func validate() throws {
    if let head, SavedHead(parsing: head) == nil {
      throw ValidationError("--head takes SEQ:HASH (or the 64-character HASH) that 'paindesk head' prints")
    }
  }

  func run(context: ToolContext) throws {
    let report = try context.openLedger().verify(head: head.flatMap(SavedHead.init(parsing:)))
    if report.isSound {
      let since = report.eventsSinceSavedHead.map { "; \($0) event(s) since the saved head" } ?? ""
      context.diagnostics.detail("ledger sound: \(report.events) events, head \(report.headHash)\(since)")
      return
    }
    for p in report.problems { context.diagnostics.error("verify failed: \(p)") }
    throw ExitCode(ExitStatus.no.rawValue)
  }
}
