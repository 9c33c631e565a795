import ArgumentParser
import PainDesk
import Testing

@testable import PainDeskCLI

/// Parsing of all eleven tools without spawning processes (argument-parser's AssertParse
/// style): every subcommand parses from its shortest valid command line, a tool with a
/// default subcommand runs it for bare flags, and a bad value is a usage error (64) that
/// names the nearest valid value and lists them all.
@Suite("command lines of every tool") struct ToolCommandLineTests {
  static let roots: [any ParsableCommand.Type] = [PainDeskCommand.self] + ToolFamily.others

  /// Every command's shortest valid command line, by its path ("pa-status update").
  static let minimal: [String: [String]] = [
    "paindesk init": ["init"], "paindesk import": ["import"], "paindesk export": ["export"],
    "paindesk verify": ["verify"], "paindesk head": ["head"], "paindesk void": ["void", "auth", "A0001", "--reason", "dup"],
    "paindesk backup": ["backup", "copy.sqlite"], "paindesk config": ["config"], "paindesk schema": ["schema"],
    "paindesk demo": ["demo"], "paindesk access-log": ["access-log"],
    "pa-submit": [], "pa-status list": ["list"], "pa-status update": ["update"],
    "appeal-pack triage": ["triage"], "appeal-pack record": ["record"],
    "coverage-check list": ["list"], "coverage-check verify": ["verify"],
    "intake-check list": ["list"], "intake-check advance": ["advance"],
    "records-track list": ["list"], "records-track send": ["send", "--request", "RQ0003", "--document", "D1"],
    "records-track close": ["close"],
    "recall-scan list": ["list"], "recall-scan log": ["log"], "recall-scan fill": ["fill"],
    "uds-due list": ["list"], "uds-due results": ["results"],
    "appeal-pack list": ["list"], "refill-check close": ["close", "RR0001", "--status", "cancelled"],
    "refill-check check": ["check"], "refill-check audit": ["audit", "--from", "2026-10-01", "--to", "2026-10-31"],
    "refill-check pickups": ["pickups"], "refill-check pickup": ["pickup", "--rx", "RX0001"],
    "revenue-model report": ["report"], "revenue-model scenario": ["scenario"],
  ]

  /// (path, type) of every runnable command of a tool, walking its subcommands.
  static func commands(_ root: any ParsableCommand.Type) -> [(String, any ParsableCommand.Type)] {
    let name = root.configuration.commandName ?? ""
    let subs = root.configuration.subcommands
    if subs.isEmpty { return [(name, root)] }
    return subs.map { ("\(name) \($0.configuration.commandName ?? "")", $0) }
  }

  @Test func thereAreElevenTools() { #expect(Self.roots.count == 11) }

  @Test(arguments: roots.map { $0.configuration.commandName ?? "" })
  func everySubcommandParses(_ tool: String) throws {
    let root = try #require(Self.roots.first { $0.configuration.commandName == tool })
    for (path, type) in Self.commands(root) {
      let args = try #require(Self.minimal[path], "no minimal command line for '\(path)': add one")
      let parsed = try root.parseAsRoot(args)
      #expect(Swift.type(of: parsed) == type, "\(path) parsed as \(Swift.type(of: parsed))")
    }
  }

  @Test(arguments: roots.filter { $0.configuration.defaultSubcommand != nil }.map { $0.configuration.commandName ?? "" })
  func flagsAloneRunTheDefaultSubcommand(_ tool: String) throws {
    let root = try #require(Self.roots.first { $0.configuration.commandName == tool })
    let expected = try #require(root.configuration.defaultSubcommand)
    #expect(Swift.type(of: try root.parseAsRoot([])) == expected)
    #expect(Swift.type(of: try root.parseAsRoot(["--format", "csv"])) == expected)
  }

  @Test func theDefaultSubcommandReadsItsOwnFlags() throws {
    let list = try #require(try PAStatusCommand.parseAsRoot(["--overdue", "--status", "denied,pended", "--status", "approved"]) as? PAStatusList)
    #expect(list.overdue)
    #expect(Array(list.status.joined()) == [.denied, .pended, .approved])
  }

  @Test func typedValuesArriveTyped() throws {
    let audit = try #require(try RefillCheckCommand.parseAsRoot(["audit", "--from", "2026-10-01", "--to", "2026-10-31"]) as? RefillAuditCommand)
    #expect(audit.from == LocalDate(year: 2026, month: 10, day: 1))
    let export = try #require(try PainDeskCommand.parseAsRoot(["export", "--kind", "patient", "--kind", "auth"]) as? ExportCommand)
    #expect(export.kind == [.patient, .auth])
    let submit = try #require(try PASubmitCommand.parseAsRoot(["--urgency", "expedited", "--format", "csv"]) as? PASubmitCommand)
    #expect(submit.urgency == .expedited)
    #expect(try submit.formatOption.resolve(stdoutIsTerminal: true) == .csv)
  }

  /// (tool, arguments, what the message must say): each a usage error, exit 64.
  static let badValues: [(String, [String], String)] = [
    ("pa-status", ["--status", "aproved"], "did you mean 'approved'?"),
    ("pa-status", ["--status", "denied,aproved"], "did you mean 'approved'?"),
    ("pa-status", ["update", "--auth", "A0007", "--status", "aproved"], "did you mean 'approved'?"),
    ("pa-status", ["update", "--auth", "A0007", "--status", "approved", "--decided-at", "2026-11-28"], "is not an instant"),
    ("pa-status", ["--since", "2026-02-30"], "not a date (YYYY-MM-DD)"),
    ("paindesk", ["export", "--kind", "patinet"], "did you mean 'patient'?"),
    ("paindesk", ["export", "--kind", "finding"], "use one of provider"),
    ("paindesk", ["void", "patinet", "P0001", "--reason", "dup"], "did you mean 'patient'?"),
    ("paindesk", ["schema", "patinet"], "did you mean 'patient'?"),
    ("paindesk", ["access-log", "--since", "yesterday"], "not a date (YYYY-MM-DD)"),
    ("paindesk", ["head", "--format", "tabel"], "did you mean 'table'?"),
    ("pa-submit", ["--urgency", "expidited"], "did you mean 'expedited'?"),
    ("pa-submit", ["--region", "lumbr"], "did you mean 'lumbar'?"),
    ("pa-submit", ["--channel", "portl"], "did you mean 'portal'?"),
    ("pa-submit", ["--service-date", "12/10/2026"], "not a date (YYYY-MM-DD)"),
    ("appeal-pack", ["record", "--appeal", "X", "--outcome", "wn"], "did you mean 'won'?"),
    ("coverage-check", ["verify", "--coverage", "C1", "--via", "portl"], "did you mean 'portal'?"),
    ("coverage-check", ["verify", "--coverage", "C1", "--via", "portal", "--on", "2026-13-01"], "is not a date (YYYY-MM-DD)"),
    ("intake-check", ["advance", "--referral", "R1", "--to", "scheduld"], "did you mean 'scheduled'?"),
    ("records-track", ["--direction", "incomng"], "did you mean 'incoming'?"),
    ("records-track", ["close", "--request", "RQ1", "--on", "soon"], "is not a date (YYYY-MM-DD)"),
    ("recall-scan", ["log", "--patient", "P1", "--channel", "phnoe", "--result", "reached"], "did you mean 'phone'?"),
    ("recall-scan", ["log", "--patient", "P1", "--channel", "pigeon", "--result", "reached"], "use one of phone, sms"),
    ("uds-due", ["--format", "cvs"], "did you mean 'csv'?"),
    ("refill-check", ["audit", "--from", "2026-10-01", "--to", "2026-10-32"], "not a date (YYYY-MM-DD)"),
    ("refill-check", ["pickup", "--rx", "RX1", "--on", "2026-1-1"], "is not a date (YYYY-MM-DD)"),
    ("revenue-model", ["report", "--from", "2026-10-01", "--to", "2026-02-30"], "not a date (YYYY-MM-DD)"),
  ]

  @Test(arguments: badValues.indices) func aBadValueIsAUsageErrorWithAHint(_ k: Int) throws {
    let (tool, args, says) = Self.badValues[k]
    let root = try #require(Self.roots.first { $0.configuration.commandName == tool })
    do {
      _ = try root.parseAsRoot(args)
      Issue.record("\(tool) \(args) parsed")
    } catch {
      #expect(root.exitCode(for: error).rawValue == 64, "\(tool) \(args)")
      let message = root.message(for: error)
      #expect(message.contains(says), "\(tool) \(args): \(message)")
      if says.hasPrefix("did you mean") { #expect(message.contains("use one of"), "\(message)") }
    }
  }

  @Test func aMistypedSubcommandIsNamed() throws {
    #expect(PainDeskCommand.subcommandHint(["imprt"]) == "import")
    #expect(PainDeskCommand.subcommandHint(["exprot", "--kind", "auth"]) == "export")
    #expect(PAStatusCommand.subcommandHint(["updat"]) == "update")
    #expect(RefillCheckCommand.subcommandHint(["pickpus"]) == "pickups")
    #expect(PainDeskCommand.subcommandHint(["import"]) == nil)
    #expect(PainDeskCommand.subcommandHint(["--help"]) == nil)
    #expect(PainDeskCommand.subcommandHint(["zzzzzz"]) == nil)
    do {
      _ = try PainDeskCommand.parseAsRoot(["imprt"])
      Issue.record("'paindesk imprt' parsed")
    } catch {
      let message = PainDeskCommand.usageMessage(for: error, hint: "import")
      #expect(message.hasPrefix("Error: Unexpected argument 'imprt'. Did you mean 'import'?\nUsage: paindesk <subcommand>"), "\(message)")
    }
  }

  @Test func nearestWord() {
    #expect(NearestWord.to("aproved", among: AuthStatus.allCases.map(\.rawValue)) == "approved")
    #expect(NearestWord.to("APPROVED", among: ["approved", "denied"]) == "approved")
    #expect(NearestWord.to("deneid", among: ["approved", "denied"]) == "denied")
    #expect(NearestWord.to("xyz", among: ["approved", "denied"]) == nil)
    #expect(NearestWord.distance(Array("kitten"), Array("sitting")) == 3)
    #expect(NearestWord.distance(Array("ab"), Array("ba")) == 1)
  }
}
