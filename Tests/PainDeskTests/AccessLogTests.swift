import Foundation
import Testing

@testable import PainDesk

@Suite("access log") struct AccessLogTests {
  @Test func keepsFlagsAndIdsNotFreeText() {
    let args = ["update", "A0042", "--status", "denied", "--note", "called Mrs Smith at home", "--reason=wrong patient",
      "--as-of=2026-11-29", "notes about Jane.txt", "--ledger", "/var/lib/paindesk/ledger.sqlite"]
    #expect(AccessArguments.recorded(args) == [
      "update", "A0042", "--status", "denied", "--note", "(text)", "--reason=(text)", "--as-of=2026-11-29", "(text)",
      "--ledger", "/var/lib/paindesk/ledger.sqlite",
    ])
  }

  @Test func startAndEndPairIntoOneRunAndFilter() throws {
    let dir = try makeFolder("access")
    let ledger = dir + "/l.sqlite"
    _ = try Ledger.create(path: ledger)
    let t0 = Instant(seconds: 1_780_000_000)
    let a = AccessLog.Run(ledger: ledger, actor: "maria", tool: "pa-status", subcommand: nil, arguments: ["--overdue"], at: t0)
    let b = AccessLog.Run(ledger: ledger, actor: "cron", tool: "paindesk", subcommand: "export", arguments: ["export"], at: Instant(seconds: 1_780_100_000))
    #expect(AccessLog.start(a, at: t0) == nil)
    #expect(AccessLog.end(a, at: t0, recordsOut: 12, exit: 0) == nil)
    #expect(AccessLog.start(b, at: Instant(seconds: 1_780_100_000)) == nil)
    #expect(mode(AccessLog.path(forLedger: ledger)) == 0o600)
    let calendar = ClinicCalendar(timeZone: TimeZone(identifier: "UTC")!)
    let all = try AccessLogQuery().runs(ledger: ledger, calendar: calendar).runs
    #expect(all.count == 2)
    #expect(all[0].string("actor") == "maria")
    #expect(all[0]["records_out"] == .int(12))
    #expect(all[0]["exit"] == .int(0))
    #expect(all[1]["exit"] == nil)
    #expect(all[1].string("subcommand") == "export")
    #expect(try AccessLogQuery(actor: "cron").runs(ledger: ledger, calendar: calendar).runs.count == 1)
    #expect(try AccessLogQuery(tool: "pa-status").runs(ledger: ledger, calendar: calendar).runs.count == 1)
    let since = calendar.localDate(of: Instant(seconds: 1_780_100_000))
    #expect(try AccessLogQuery(since: since).runs(ledger: ledger, calendar: calendar).runs.map { $0.string("actor") } == ["cron"])
  }

  @Test func aLogThatCannotBeWrittenIsAWarningText() throws {
    let dir = try makeFolder("access")
    let ledger = dir + "/l.sqlite"
    try FileManager.default.createDirectory(atPath: AccessLog.path(forLedger: ledger), withIntermediateDirectories: true)
    let run = AccessLog.Run(ledger: ledger, actor: "a", tool: "t", subcommand: nil, arguments: [], at: Instant(seconds: 0))
    let warning = AccessLog.start(run, at: Instant(seconds: 0))
    #expect(warning?.contains("cannot write the access log") == true)
  }
}
