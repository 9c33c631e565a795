import ArgumentParser
import Testing

@testable import PainDeskCLI

/// Parsing and validation of the admin command without spawning processes
/// (argument-parser's AssertParse style), and help that shows examples.
@Suite("paindesk command line") struct CLIParseTests {
  @Test func importTakesFilesAndSkipBad() throws {
    let c = try PainDeskCommand.parseAsRoot(["import", "--skip-bad", "rej.ndjson", "--dry-run", "a.ndjson", "-"])
    let i = try #require(c as? ImportCommand)
    #expect(i.skipBad == "rej.ndjson")
    #expect(i.dry.dryRun)
    #expect(i.files == ["a.ndjson", "-"])
  }

  @Test func exportRejectsAnUnknownKind() {
    #expect(throws: (any Error).self) { try PainDeskCommand.parseAsRoot(["export", "--kind", "widget"]) }
    #expect(throws: (any Error).self) { try PainDeskCommand.parseAsRoot(["export", "--kind", "finding"]) }
  }

  @Test func voidNeedsAReason() {
    #expect(throws: (any Error).self) { try PainDeskCommand.parseAsRoot(["void", "auth", "A1"]) }
    #expect((try? PainDeskCommand.parseAsRoot(["void", "auth", "A1", "--reason", "dup"])) != nil)
  }

  @Test func verifyHeadMustBeAHash() {
    #expect(throws: (any Error).self) { try PainDeskCommand.parseAsRoot(["verify", "--head", "abc"]) }
    #expect((try? PainDeskCommand.parseAsRoot(["verify", "--head", String(repeating: "a", count: 64)])) != nil)
  }

  @Test func unknownFormatIsAUsageError() throws {
    do {
      _ = try PainDeskCommand.parseAsRoot(["head", "--format", "xml"])
      Issue.record("--format xml parsed")
    } catch {
      #expect(PainDeskCommand.exitCode(for: error).rawValue == 64)
      #expect(PainDeskCommand.message(for: error).contains("use one of table, ndjson, csv, json"))
    }
  }

  @Test(arguments: ["init", "import", "export", "verify", "head", "void", "backup", "config", "schema", "demo"])
  func helpShowsExamples(_ sub: String) {
    let help = PainDeskCommand.helpMessage(for: PainDeskCommand.self, columns: 100)
    #expect(help.contains(sub))
    let subHelp = PainDeskCommand.configuration.subcommands.first { $0.configuration.commandName == sub }
    #expect(subHelp?.configuration.discussion.contains("EXAMPLES") == true, "\(sub) --help has no examples")
  }
}
