import Foundation
import Testing

/// The files PainDesk reads and writes under a careless user or an attacker: output options
/// that would overwrite the ledger or an input, ledgers that are not ledgers, links,
/// modes, group sharing, read-only ledgers, a full disk, and the access log. These run the
/// built tools for real.
@Suite("file integrity", .serialized) struct FileIntegrityTests {
  static let small = Executables.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/small-clinic.ndjson").path
  static let isRoot = geteuid() == 0

  /// A folder with a ledger `l.sqlite` holding the small clinic.
  func clinic(_ label: String) throws -> (URL, [String: String]) {
    let dir = try makeTempDir(label)
    let env = ["PAINDESK_LEDGER": dir.appendingPathComponent("l.sqlite").path, "SMALL": Self.small]
    let r = try Shell.run("paindesk init && paindesk import \"$SMALL\"", cwd: dir, environment: env)
    #expect(r.status == 0, "\(r.stderr)")
    return (dir, env)
  }

  func mode(_ url: URL) -> Int {
    (try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? -1
  }

  func head(_ dir: URL, _ env: [String: String]) throws -> String {
    try Shell.run("paindesk head --format ndjson", cwd: dir, environment: env).stdout
  }

  @Test func skipBadNeverOverwritesTheLedgerOrAnInput() throws {
    let (dir, env) = try clinic("skipbad")
    defer { try? FileManager.default.removeItem(at: dir) }
    let before = try head(dir, env)
    try #"{"kind":"payer","id":"P9","name":"Nine","type":"commercial"}"#.write(
      to: dir.appendingPathComponent("in.ndjson"), atomically: true, encoding: .utf8)
    for line in [
      "paindesk import --skip-bad l.sqlite in.ndjson", "paindesk import --skip-bad ./l.sqlite-wal in.ndjson",
      "paindesk import --skip-bad in.ndjson in.ndjson", "paindesk import --skip-bad l.sqlite.access.ndjson in.ndjson",
    ] {
      let r = try Shell.run(line, cwd: dir, environment: env)
      #expect(r.status == 64, "\(line): \(r.stderr)")
      #expect(r.stderr.contains("refusing to write"), "\(r.stderr)")
    }
    #expect(try head(dir, env) == before)
    #expect(try Shell.run("paindesk verify", cwd: dir, environment: env).status == 0)
    #expect(try String(contentsOf: dir.appendingPathComponent("in.ndjson"), encoding: .utf8).contains("P9"))
  }

  @Test func skipBadWritesAPrivateFileAndReplacesALinkWithoutFollowingIt() throws {
    let (dir, env) = try clinic("skipbad-link")
    defer { try? FileManager.default.removeItem(at: dir) }
    let victim = dir.appendingPathComponent("victim.txt")
    try "keep".write(to: victim, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: victim.path)
    try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("rejects.ndjson").path, withDestinationPath: victim.path)
    try "{\"kind\":\"payer\",\"id\":\"P9\",\"name\":\"Nine\",\"type\":\"commercial\"}\nnot json\n".write(
      to: dir.appendingPathComponent("in.ndjson"), atomically: true, encoding: .utf8)
    let r = try Shell.run("umask 000; paindesk import --skip-bad rejects.ndjson in.ndjson", cwd: dir, environment: env)
    #expect(r.status == 1, "\(r.stderr)")
    #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
    let rejects = dir.appendingPathComponent("rejects.ndjson")
    #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: rejects.path)) == nil)
    #expect(mode(rejects) == 0o600)
    #expect(try String(contentsOf: rejects, encoding: .utf8).contains("in.ndjson"))
  }

  @Test func onlyInitAndDemoMakeLedgers() throws {
    let dir = try makeTempDir("notledger")
    defer { try? FileManager.default.removeItem(at: dir) }
    FileManager.default.createFile(atPath: dir.appendingPathComponent("empty.sqlite").path, contents: nil, attributes: [.posixPermissions: 0o644])
    try "patient,dob\n".write(to: dir.appendingPathComponent("notes.csv"), atomically: true, encoding: .utf8)
    let readers = [
      "paindesk export", "paindesk head", "paindesk verify", "pa-status --as-of 2026-11-29", "recall-scan --as-of 2026-11-29",
      "uds-due --as-of 2026-11-29", "revenue-model report --as-of 2026-11-29", "intake-check --as-of 2026-11-29",
      "coverage-check --as-of 2026-11-29", "records-track --as-of 2026-11-29", "appeal-pack --as-of 2026-11-29 --dry-run",
    ]
    for cmd in readers + ["paindesk import notes.csv"] {
      for (ledger, status) in [("missing.sqlite", Int32(66)), ("empty.sqlite", 66), ("/dev/null", 66), ("notes.csv", 78)] {
        let r = try Shell.run("\(cmd) --ledger \(ledger)", cwd: dir)
        #expect(r.status == status, "\(cmd) --ledger \(ledger): \(r.status) \(r.stderr)")
        #expect(r.stderr.contains(ledger), "\(r.stderr)")
      }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["empty.sqlite", "notes.csv"])
    #expect(mode(dir.appendingPathComponent("empty.sqlite")) == 0o644)
    #expect(try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("empty.sqlite").path)[.size] as? Int == 0)
    #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
    #expect(!FileManager.default.fileExists(atPath: "/dev/null-wal"))
  }

  @Test func anotherProgramsDatabaseIsRefusedUntouched() throws {
    let dir = try makeTempDir("foreign")
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try Shell.run("sqlite3 app.db 'CREATE TABLE t(x); INSERT INTO t VALUES (1)'", cwd: dir).status == 0)
    let before = try Data(contentsOf: dir.appendingPathComponent("app.db"))
    let r = try Shell.run("paindesk import --ledger app.db \"$SMALL\"", cwd: dir, environment: ["SMALL": Self.small])
    #expect(r.status == 78, "\(r.stderr)")
    #expect(r.stderr.contains("not a PainDesk ledger"))
    #expect(try Data(contentsOf: dir.appendingPathComponent("app.db")) == before)
  }

  @Test func aBackupRemovesTheTemporariesOfKilledBackupsAndNamesItsTarget() throws {
    let (dir, env) = try clinic("backup")
    defer { try? FileManager.default.removeItem(at: dir) }
    let backups = dir.appendingPathComponent("backups")
    try FileManager.default.createDirectory(at: backups, withIntermediateDirectories: true)
    // What a backup killed by SIGKILL leaves: a full copy under a hidden name of a dead pid.
    let stale = backups.appendingPathComponent(".b1.sqlite.paindesk-99999999-0.tmp")
    try FileManager.default.copyItem(at: dir.appendingPathComponent("l.sqlite"), to: stale)
    let r = try Shell.run("paindesk backup backups/b2.sqlite", cwd: dir, environment: env)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: backups.path) == ["b2.sqlite"])
    #expect(mode(backups.appendingPathComponent("b2.sqlite")) == 0o600)
    #expect(try Shell.run("paindesk verify --ledger backups/b2.sqlite", cwd: dir).status == 0)
    let again = try Shell.run("paindesk backup backups/b2.sqlite", cwd: dir, environment: env)
    #expect(again.status == 73)
    try "x".write(to: dir.appendingPathComponent("afile"), atomically: true, encoding: .utf8)
    let blocked = try Shell.run("paindesk backup afile/b3.sqlite", cwd: dir, environment: env)
    #expect(blocked.status == 73, "\(blocked.stderr)")
    #expect(blocked.stderr.contains("afile"))
    #expect(!blocked.stderr.contains(".tmp"), "\(blocked.stderr)")
  }

  @Test func reportFilesAreWrittenWholePrivateAndNeverThroughALink() throws {
    let (dir, env) = try clinic("reports")
    defer { try? FileManager.default.removeItem(at: dir) }
    let victim = dir.appendingPathComponent("victim.txt")
    try "keep".write(to: victim, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("audit.html").path, withDestinationPath: victim.path)
    try "old".write(to: dir.appendingPathComponent("report.html"), atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: dir.appendingPathComponent("report.html").path)
    let audit = try Shell.run(
      "refill-check audit --as-of 2026-11-29 --from 2026-10-01 --to 2026-10-31 --html audit.html", cwd: dir, environment: env)
    #expect(audit.status == 0, "\(audit.stderr)")
    #expect(try String(contentsOf: victim, encoding: .utf8) == "keep")
    #expect(mode(dir.appendingPathComponent("audit.html")) == 0o600)
    let report = try Shell.run("revenue-model report --as-of 2026-11-29 --format html --out report.html", cwd: dir, environment: env)
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.isEmpty)
    #expect(try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    #expect(mode(dir.appendingPathComponent("report.html")) == 0o600)
    let onLedger = try Shell.run("revenue-model report --as-of 2026-11-29 --format html --out l.sqlite", cwd: dir, environment: env)
    #expect(onLedger.status == 64)
    #expect(try Shell.run("paindesk verify", cwd: dir, environment: env).status == 0)
  }

  @Test func anIdThatIsNotAPathComponentWritesNothing() throws {
    let (dir, env) = try clinic("packet-id")
    defer { try? FileManager.default.removeItem(at: dir) }
    let before = try head(dir, env)
    try #"{"kind":"auth","id":"..","patient_id":"P1","payer_id":"medicare","provider_id":"DR1","status":"draft","items":[{"seq":1,"cpt":"64483","units":1}],"icd10":["M54.16"],"service_date":"2026-12-10","urgency":"standard"}"#.write(
      to: dir.appendingPathComponent("draft.ndjson"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("packets/inner"), withIntermediateDirectories: true)
    let r = try Shell.run("pa-submit --as-of 2026-11-29 --force --reason test --out packets/inner draft.ndjson", cwd: dir, environment: env)
    #expect(r.status == 65, "\(r.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("packets").path) == ["inner"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("packets/inner").path).isEmpty)
    #expect(try head(dir, env) == before)
  }

  @Test func aGroupLedgerSharesWhatItMakesAndNeverChangesAnExistingFolder() throws {
    let dir = try makeTempDir("group")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
    let group = try Shell.run("id -gn", cwd: dir).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let env = ["PAINDESK_LEDGER": dir.appendingPathComponent("team/l.sqlite").path, "SMALL": Self.small]
    let here = try Shell.run("paindesk init --ledger here.sqlite --group \(group)", cwd: dir)
    #expect(here.status == 0, "\(here.stderr)")
    #expect(mode(dir) == 0o755)
    #expect(mode(dir.appendingPathComponent("here.sqlite")) == 0o660)
    #expect(try Shell.run("paindesk init --group \(group) && paindesk import \"$SMALL\"", cwd: dir, environment: env).status == 0)
    #expect(mode(dir.appendingPathComponent("team")) == 0o2770)
    #expect(mode(dir.appendingPathComponent("team/l.sqlite")) == 0o660)
    #expect(mode(dir.appendingPathComponent("team/l.sqlite.access.ndjson")) == 0o660)
    let made = try Shell.run(
      "umask 077; paindesk backup team/backups/nightly/b.sqlite && printf 'bad\\n' | paindesk import --skip-bad team/rejects.ndjson; "
        + "revenue-model report --as-of 2026-11-29 --format csv --out team/reports/r.csv",
      cwd: dir, environment: env)
    #expect(made.status == 0, "\(made.stderr)")
    #expect(mode(dir.appendingPathComponent("team/backups")) == 0o2770)
    #expect(mode(dir.appendingPathComponent("team/backups/nightly")) == 0o2770)
    #expect(mode(dir.appendingPathComponent("team/backups/nightly/b.sqlite")) == 0o660)
    #expect(mode(dir.appendingPathComponent("team/rejects.ndjson")) == 0o660)
    #expect(mode(dir.appendingPathComponent("team/reports")) == 0o2770)
    #expect(mode(dir.appendingPathComponent("team/reports/r.csv")) == 0o660)
  }

  @Test(.enabled(if: isRoot, "needs root to run a tool as another user (setpriv)"))
  func aLedgerThisUserMayOnlyReadIsReadAndNotWritten() throws {
    let (dir, env) = try clinic("readonly")
    defer { try? FileManager.default.removeItem(at: dir) }
    let ro = dir.appendingPathComponent("ro")
    try FileManager.default.createDirectory(at: ro, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: dir.appendingPathComponent("l.sqlite"), to: ro.appendingPathComponent("l.sqlite"))
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: ro.appendingPathComponent("l.sqlite").path)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: ro.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
    let asNobody = "setpriv --reuid=65534 --regid=65534 --clear-groups "
    let ledgerEnv = env.merging(["PAINDESK_LEDGER": ro.appendingPathComponent("l.sqlite").path]) { _, b in b }
    let export = try Shell.run(asNobody + "paindesk export", cwd: dir, environment: ledgerEnv)
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.contains("\"P1\""))
    #expect(export.stderr.contains("warning: cannot write the access log"))
    #expect(try Shell.run(asNobody + "paindesk verify", cwd: dir, environment: ledgerEnv).status == 0)
    #expect(try Shell.run(asNobody + "pa-status --as-of 2026-11-29", cwd: dir, environment: ledgerEnv).status == 0)
    let write = try Shell.run(asNobody + "paindesk import \"$SMALL\"", cwd: dir, environment: ledgerEnv)
    #expect(write.status == 77, "\(write.stderr)")
  }

  @Test(.enabled(if: isRoot, "needs root to mount a small file system (tmpfs)"))
  func aFullDiskIs74AndReadersStillWork() throws {
    let (dir, env) = try clinic("full")
    defer {
      _ = try? Shell.run("umount full", cwd: dir)
      try? FileManager.default.removeItem(at: dir)
    }
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("full"), withIntermediateDirectories: true)
    guard try Shell.run("mount -t tmpfs -o size=2m tmpfs full", cwd: dir).status == 0 else {
      Issue.record("mount failed")
      return
    }
    let fullEnv = env.merging(["PAINDESK_LEDGER": dir.appendingPathComponent("full/l.sqlite").path]) { _, b in b }
    // An init that runs out of space leaves no file behind.
    #expect(try Shell.run("dd if=/dev/zero of=full/filler bs=4k count=400 2>/dev/null", cwd: dir).status == 0)
    let failed = try Shell.run("paindesk init", cwd: dir, environment: fullEnv)
    #expect(failed.status == 74 || failed.status == 73, "\(failed.stderr)")
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("full/l.sqlite").path))
    #expect(try Shell.run("rm full/filler && paindesk init && paindesk import \"$SMALL\"", cwd: dir, environment: fullEnv).status == 0)
    #expect(try Shell.run("dd if=/dev/zero of=full/filler bs=4k 2>/dev/null; true", cwd: dir).status == 0)
    try Self.batch(dir.appendingPathComponent("big.ndjson"), count: 5000)
    let import_ = try Shell.run("paindesk import big.ndjson", cwd: dir, environment: fullEnv)
    #expect(import_.status == 74, "\(import_.stderr)")
    #expect(import_.stderr.contains("disk is full"), "\(import_.stderr)")
    let export = try Shell.run("paindesk export", cwd: dir, environment: fullEnv)
    #expect(export.status == 0, "\(export.stderr)")
    #expect(export.stdout.contains("\"P1\""))
    let backup = try Shell.run("paindesk backup b.sqlite && paindesk verify --ledger b.sqlite", cwd: dir, environment: fullEnv)
    #expect(backup.status == 0, "\(backup.stderr)")
  }

  static func batch(_ url: URL, count: Int) throws {
    var text = ""
    for i in 0..<count {
      text += #"{"kind":"patient","id":"F\#(i)","given_name":"Casey","family_name":"Sample","dob":"1970-01-01","sex":"female","state":"TX","status":"active","provider_id":"DR1"}"# + "\n"
    }
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  @Test func everyRunThatOpensTheLedgerIsInTheAccessLogWithoutFreeText() throws {
    let (dir, env) = try clinic("access")
    defer { try? FileManager.default.removeItem(at: dir) }
    let log = dir.appendingPathComponent("l.sqlite.access.ndjson")
    #expect(mode(log) == 0o600)
    let r = try Shell.run(
      "paindesk export | head -c 10 >/dev/null; paindesk void patient P1 --reason 'Casey Sample called, wrong chart' --actor maria; "
        + "paindesk access-log --actor maria --format ndjson",
      cwd: dir, environment: env)
    #expect(r.status == 0, "\(r.stderr)")
    let lines = r.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.contains(#""tool":"paindesk""#) == true)
    #expect(lines.first?.contains(#""subcommand":"void""#) == true)
    #expect(lines.first?.contains("P1") == true)
    #expect(lines.first?.contains(#""exit":0"#) == true)
    let raw = try String(contentsOf: log, encoding: .utf8)
    #expect(!raw.contains("Casey"))
    #expect(!raw.contains("wrong chart"))
    let all = try Shell.run("paindesk access-log --tool paindesk --since 2000-01-01 --format ndjson", cwd: dir, environment: env).stdout
    #expect(all.split(separator: "\n").count == 4)
    #expect(all.contains(#""subcommand":"export""#))
    #expect(all.contains(#""subcommand":"init""#))
  }
}
