import ArgumentParser
import PainDesk

struct VerifyCommand: ToolCommand {
  static let toolName = "paindesk"
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Prove the ledger: integrity, references and the hash chain.",
    discussion: """
      Runs SQLite's integrity check and foreign-key check, recomputes every event's
      hash from the first, checks that the current state matches the events, and
      with --head that the chain still reaches a hash kept elsewhere (nothing was
      cut off the end). Exit 0 when sound, 1 naming the first problem.

      EXAMPLES
        paindesk verify
        paindesk head --format ndjson | jq -r .hash > /safe/place/head.txt
        paindesk verify --head "$(cat /safe/place/head.txt)"
      """)

  @OptionGroup var common: CommonOptions
  @Option(help: ArgumentHelp("A hash from 'paindesk head' that the chain must still reach.", valueName: "hash"))
  var head: String?

  func validate() throws {
    if let head, head.count != 64 || !head.allSatisfy(\.isHexDigit) {
      throw ValidationError("--head takes the 64-character hash that 'paindesk head' prints")
    }
  }

  func run(context: ToolContext) throws {
    let report = try context.openLedger().verify(head: head?.lowercased())
    if report.isSound {
      context.diagnostics.detail("ledger sound: \(report.events) events, head \(report.headHash)")
      return
    }
    for p in report.problems { context.diagnostics.error("verify failed: \(p)") }
    throw ExitCode(ExitStatus.no.rawValue)
  }
}
