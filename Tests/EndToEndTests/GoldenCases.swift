import Foundation
import Testing

/// Golden cases in Miller's layout (style.md §4.10): `Cases/<tool>/<NNNN-slug>/` holds
/// `cmd` (one shell line, maybe a pipeline), `expout`, optional `experr` (else stderr must
/// be empty: cron wants quiet), optional `exitcode` (default 0) and optional `ledger`
/// (`empty`: a new ledger; `demo`: a copy of the demo clinic).
///
/// The case runs under `bash -o pipefail`, so `exitcode` is that of the rightmost stage of
/// a pipeline that failed: the tool's, not that of the `jq` it pipes into. It runs in a
/// fresh folder with HOME, XDG_* and PAINDESK_LEDGER inside it; `$CASEDIR` names the case
/// folder and `$SHARED` the public sample data beside the repository. An optional
/// `requires` holds shell probes, one a line (`python3 -c 'import jsonschema'`,
/// `test -d "$SHARED/data/..."`): when one fails the case is skipped with that line as the
/// reason, or fails under `CI`.
///
/// With RECORD=1 the expected files are rewritten for review with `git diff`;
/// GOLDEN=tool/NNNN runs (or records) only the cases whose name starts with it.
struct GoldenCase: CustomTestStringConvertible, Sendable {
  let dir: URL
  var testDescription: String { dir.deletingLastPathComponent().lastPathComponent + "/" + dir.lastPathComponent }

  static let root = Executables.packageRoot.appendingPathComponent("Tests/EndToEndTests/Cases")

  /// Every case, or with GOLDEN=tool/NNNN (a prefix of `tool/NNNN-slug`) only those it names.
  static func all() -> [GoldenCase] {
    let only = ProcessInfo.processInfo.environment["GOLDEN"] ?? ""
    return every().filter { only.isEmpty || $0.testDescription.hasPrefix(only) }
  }

  static func every() -> [GoldenCase] {
    let fm = FileManager.default
    guard let tools = try? fm.contentsOfDirectory(atPath: root.path) else { return [] }
    var out: [GoldenCase] = []
    for tool in tools.sorted() {
      let toolDir = root.appendingPathComponent(tool)
      for c in ((try? fm.contentsOfDirectory(atPath: toolDir.path)) ?? []).sorted() {
        let d = toolDir.appendingPathComponent(c)
        if fm.fileExists(atPath: d.appendingPathComponent("cmd").path) { out.append(GoldenCase(dir: d)) }
      }
    }
    return out
  }

  /// The shell probes of `requires`, one a line.
  var requirements: [String] {
    (read("requires") ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  func read(_ name: String) -> String? {
    try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
  }
}

@Suite("golden cases") struct GoldenCaseTests {
  @Test(arguments: GoldenCase.all())
  func golden(_ c: GoldenCase) throws {
    let work = try makeTempDir("case")
    defer { try? FileManager.default.removeItem(at: work) }
    let ledger = work.appendingPathComponent("ledger.sqlite")
    let env = [
      "HOME": work.path, "XDG_DATA_HOME": work.appendingPathComponent("data").path,
      "XDG_CONFIG_HOME": work.appendingPathComponent("config").path,
      "PAINDESK_LEDGER": ledger.path,
      "CASEDIR": c.dir.path, "SHARED": Executables.packageRoot.deletingLastPathComponent().appendingPathComponent("shared").path,
    ]
    for probe in c.requirements where try Shell.run(probe, cwd: work, environment: env).status != 0 {
      try OptionalValidator.missing("what `\(probe)` checks", install: "the case's requires; Tests/requirements.txt")
    }
    switch c.read("ledger")?.trimmingCharacters(in: .whitespacesAndNewlines) {
    case "demo": try FileManager.default.copyItem(atPath: try DemoLedger.shared(), toPath: ledger.path)
    case "empty":
      let r = try Shell.run("paindesk init", cwd: work, environment: ["PAINDESK_LEDGER": ledger.path])
      #expect(r.status == 0)
    default: break
    }
    let cmd = c.read("cmd")!.trimmingCharacters(in: .whitespacesAndNewlines)
    let r = try Shell.run(cmd, cwd: work, environment: env)
    let scrub = { (s: String) in s.replacingOccurrences(of: work.path, with: "$WORK").replacingOccurrences(of: c.dir.path, with: "$CASEDIR") }
    let out = scrub(r.stdout)
    let err = scrub(r.stderr)
    if ProcessInfo.processInfo.environment["RECORD"] == "1" {
      try out.write(to: c.dir.appendingPathComponent("expout"), atomically: true, encoding: .utf8)
      if !err.isEmpty { try err.write(to: c.dir.appendingPathComponent("experr"), atomically: true, encoding: .utf8) } else {
        try? FileManager.default.removeItem(at: c.dir.appendingPathComponent("experr"))
      }
      if r.status != 0 { try "\(r.status)\n".write(to: c.dir.appendingPathComponent("exitcode"), atomically: true, encoding: .utf8) } else {
        try? FileManager.default.removeItem(at: c.dir.appendingPathComponent("exitcode"))
      }
      return
    }
    let expectedStatus = Int32(c.read("exitcode")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "0") ?? 0
    #expect(r.status == expectedStatus, "exit status; stderr: \(err)")
    #expect(out == (c.read("expout") ?? ""), "stdout")
    #expect(err == (c.read("experr") ?? ""), "stderr")
  }
}
