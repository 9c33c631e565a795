import Foundation
import Testing

/// Every script in `examples/` runs as cron runs it: `env -i` with only PATH (the built
/// tools, /usr/bin and /bin), HOME and the variables the script and the shipped crontab
/// name, stdin from /dev/null, on the example clinic's ledger.
@Suite("examples under cron") struct CronExamplesTests {
  static let examples = Executables.packageRoot.appendingPathComponent("examples")
  static let clinic = examples.appendingPathComponent("clinic")

  static let scripts: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [])
    .filter { $0.hasSuffix(".sh") }.sorted()

  /// A fresh ledger holding the example clinic's NDJSON records.
  static func exampleLedger(in dir: URL) throws -> String {
    let ledger = dir.appendingPathComponent("ledger.sqlite").path
    let r = try Shell.run(
      "paindesk init && paindesk import ndjson/*.ndjson", cwd: clinic,
      environment: ["HOME": dir.path, "PAINDESK_LEDGER": ledger, "PAINDESK_CONFIG": clinic.appendingPathComponent("config.json").path])
    #expect(r.status == 0, "\(r.stderr)")
    return ledger
  }

  /// Runs a script under `env -i` with stdin from /dev/null.
  static func cron(_ script: String, home: URL, _ variables: [String: String]) throws -> RunResult {
    var env = ["PATH": Executables.binDir.path + ":/usr/bin:/bin", "HOME": home.path]
    env["PAINDESK_CONFIG"] = clinic.appendingPathComponent("config.json").path
    for (k, v) in variables { env[k] = v }
    let assignments = env.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
    return try Shell.run("env -i \(assignments) \(examples.appendingPathComponent(script).path) < /dev/null", cwd: home)
  }

  @Test(arguments: scripts) func runsUnderCron(_ script: String) throws {
    let home = try makeTempDir("cron")
    defer { try? FileManager.default.removeItem(at: home) }
    switch script {
    case "morning.sh": try morning(home)
    case "nightly-import.sh": try nightlyImport(home)
    default: Issue.record("examples/\(script) has no cron case in CronExamplesTests")
    }
  }

  func morning(_ home: URL) throws {
    let ledger = try Self.exampleLedger(in: home)
    let out = home.appendingPathComponent("morning")
    let headFile = home.appendingPathComponent("head.txt")
    let r = try Self.cron(
      "morning.sh", home: home,
      ["PAINDESK_LEDGER": ledger, "AS_OF": "2026-12-14", "OUT": out.path, "HEAD_FILE": headFile.path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "pa-overdue       1\npa-pended        0\nappeals          0\nrefills          1\nuds-due          0\nrecall           0\n")
    #expect(r.stderr == "")
    #expect(try mode(out.path) == 0o700)
    for f in ["pa-overdue", "pa-pended", "refills", "uds-due", "recall"] {
      #expect(try mode(out.appendingPathComponent("\(f).csv").path) == 0o600, "\(f).csv is not 0600")
    }
    #expect(try mode(headFile.path) == 0o600)
    let head = try String(contentsOf: headFile, encoding: .utf8)
    #expect(head.count == 65 && head.hasSuffix("\n"), "head.txt holds the ledger's head hash")
  }

  func nightlyImport(_ home: URL) throws {
    let ledger = try Self.exampleLedger(in: home)
    // The day's drop: a FHIR Bulk export and a remittance from the clearinghouse.
    let drop = home.appendingPathComponent("drop")
    let fm = FileManager.default
    try fm.createDirectory(at: drop.appendingPathComponent("fhir"), withIntermediateDirectories: true)
    try fm.createDirectory(at: drop.appendingPathComponent("era"), withIntermediateDirectories: true)
    try fm.copyItem(at: Self.clinic.appendingPathComponent("fhir"), to: drop.appendingPathComponent("fhir/export-1"))
    try fm.copyItem(
      at: Self.clinic.appendingPathComponent("era/bluestar-2026-12-10.835"),
      to: drop.appendingPathComponent("era/bluestar-2026-12-10.835"))

    let r = try Self.cron("nightly-import.sh", home: home, ["PAINDESK_LEDGER": ledger, "DROP": drop.path, "AS_OF": "2026-12-14"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "" && r.stderr == "", "quiet on success: \(r.stdout)\(r.stderr)")

    let done = drop.appendingPathComponent("imported/2026-12-14")
    #expect(try mode(done.path) == 0o700)
    #expect(fm.fileExists(atPath: done.appendingPathComponent("export-1/manifest.json").path))
    #expect(fm.fileExists(atPath: done.appendingPathComponent("bluestar-2026-12-10.835").path))
    for f in ["recall", "uds-due", "refills"] {
      #expect(try mode(done.appendingPathComponent("\(f).csv").path) == 0o600, "\(f).csv is not 0600")
    }
    // refill-check saw the ledger's refill request (not an empty stdin) and routed it.
    let refills = try String(contentsOf: done.appendingPathComponent("refills.csv"), encoding: .utf8)
    let rows = refills.split(separator: "\n")
    #expect(rows.count == 2 && rows.first?.hasPrefix("kind,id,decision") == true)
    #expect(refills.contains("RT-rr-001,needs_action"))
    // The remittance was imported: the claim it pays is paid.
    let claims = try Shell.run(
      "paindesk export --kind claim | jq -r 'select(.status == \"paid\") | .id'", cwd: home,
      environment: ["HOME": home.path, "PAINDESK_LEDGER": ledger])
    #expect(claims.stdout == "claim-001\n")
  }
}
