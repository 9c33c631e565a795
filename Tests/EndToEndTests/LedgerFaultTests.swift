import Foundation
import Testing

/// The ledger under faults (design.md §7): two writers at once, a kill -9 in the middle of
/// a batch, a ledger the user may not open. These run the built `paindesk` for real.
@Suite("ledger faults", .serialized) struct LedgerFaultTests {
  /// N patient records with ids `prefix0000001...`, after the provider they name.
  static func writeBatch(_ url: URL, prefix: String, count: Int) throws {
    var text = #"{"kind":"provider","id":"DR1","npi":"1234567893","given_name":"A","family_name":"B","role":"physician"}"# + "\n"
    text.reserveCapacity(count * 180)
    for i in 0..<count {
      text += #"{"kind":"patient","id":"\#(prefix)\#(i)","given_name":"Casey","family_name":"Sample","dob":"1970-01-01","sex":"female","state":"TX","status":"active","provider_id":"DR1"}"# + "\n"
    }
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  @Test func twoImportsAtOnceBothSucceedOrOneIsBusy() throws {
    let dir = try makeTempDir("concurrent")
    defer { try? FileManager.default.removeItem(at: dir) }
    let env = ["PAINDESK_LEDGER": dir.appendingPathComponent("l.sqlite").path]
    try Self.writeBatch(dir.appendingPathComponent("a.ndjson"), prefix: "A", count: 20000)
    try Self.writeBatch(dir.appendingPathComponent("b.ndjson"), prefix: "B", count: 20000)
    #expect(try Shell.run("paindesk init", cwd: dir, environment: env).status == 0)
    // Two processes started together (not shell `&`: the test runner's signal mask can
    // keep sh from reaping its children).
    let a = try Spawned(["paindesk", "import", "a.ndjson"], cwd: dir, environment: env)
    let b = try Spawned(["paindesk", "import", "b.ndjson"], cwd: dir, environment: env)
    let results = [try a.wait(), try b.wait()]
    let r = RunResult(stdout: "", stderr: results.map(\.stderr).joined(), status: 0)
    let codes = results.map(\.status)
    #expect(codes.allSatisfy { $0 == 0 || $0 == 75 }, "exit codes \(codes); stderr \(r.stderr)")
    #expect(codes.contains(0))
    if codes.contains(75) { #expect(r.stderr.contains("busy")) }
    #expect(try Shell.run("paindesk verify", cwd: dir, environment: env).status == 0)
    let patients = try Shell.run("paindesk export --kind patient | wc -l", cwd: dir, environment: env).stdout
    let expected = codes.filter { $0 == 0 }.count * 20000
    #expect(Int(patients.trimmingCharacters(in: .whitespacesAndNewlines)) == expected)
  }

  @Test func killNineMidImportLeavesTheLedgerAsItWas() throws {
    let dir = try makeTempDir("kill9")
    defer { try? FileManager.default.removeItem(at: dir) }
    let ledger = dir.appendingPathComponent("l.sqlite").path
    let env = ["PAINDESK_LEDGER": ledger]
    #expect(try Shell.run("paindesk init && paindesk import $SMALL", cwd: dir, environment: env.merging(["SMALL": Executables.packageRoot.appendingPathComponent("Tests/EndToEndTests/Fixtures/small-clinic.ndjson").path]) { a, _ in a }).status == 0)
    let before = try Shell.run("paindesk export && paindesk head --format ndjson", cwd: dir, environment: env).stdout
    try Self.writeBatch(dir.appendingPathComponent("big.ndjson"), prefix: "K", count: 300_000)
    // Kill once the batch has written into the WAL, well before it can commit.
    let p = try Spawned(["paindesk", "import", "big.ndjson"], cwd: dir, environment: env)
    let wal = dir.appendingPathComponent("l.sqlite-wal").path
    for _ in 0..<400 {
      let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
      if size > 2_000_000 { break }
      usleep(50_000)
    }
    p.kill()
    let killed = try p.wait()
    #expect(killed.status == 9 && p.killedBySignal, "the import ended before the kill: \(killed.stderr)")
    let after = try Shell.run("paindesk export && paindesk head --format ndjson", cwd: dir, environment: env)
    #expect(after.stdout == before)
    #expect(try Shell.run("paindesk verify", cwd: dir, environment: env).status == 0)
  }

  @Test func aLedgerTheUserMayNotOpenIs77() throws {
    let dir = try makeTempDir("perm")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
    let env = ["PAINDESK_LEDGER": dir.appendingPathComponent("l.sqlite").path]
    #expect(try Shell.run("paindesk init", cwd: dir, environment: env).status == 0)
    // As root, permissions do not bind: run as nobody with setpriv(1).
    let asOther = geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : ""
    if geteuid() != 0 { try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: env["PAINDESK_LEDGER"]!) }
    let r = try Shell.run("\(asOther)paindesk export", cwd: dir, environment: env)
    #expect(r.status == 77, "\(r.stderr)")
    #expect(r.stderr.contains("permission denied"))
  }

  @Test func aFolderThatCannotBeCreatedIs73() throws {
    let dir = try makeTempDir("cantcreate")
    defer { try? FileManager.default.removeItem(at: dir) }
    try "x".write(to: dir.appendingPathComponent("file"), atomically: true, encoding: .utf8)
    let r = try Shell.run("paindesk init --ledger file/sub/l.sqlite", cwd: dir)
    #expect(r.status == 73, "\(r.stderr)")
  }
}

/// A built tool started in the background, for tests that need two at once or a kill.
final class Spawned {
  let process = Process()
  let err: URL
  init(_ argv: [String], cwd: URL, environment extra: [String: String]) throws {
    process.executableURL = URL(fileURLWithPath: Executables.path(argv[0]))
    process.arguments = Array(argv.dropFirst())
    process.currentDirectoryURL = cwd
    var env = ProcessInfo.processInfo.environment
    for k in env.keys where k.hasPrefix("PAINDESK_") { env[k] = nil }
    for (k, v) in extra { env[k] = v }
    process.environment = env
    err = cwd.appendingPathComponent("stderr-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardError = try FileHandle(forWritingTo: err)
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    try process.run()
  }
  func kill() { Foundation.kill(process.processIdentifier, SIGKILL) }
  var killedBySignal: Bool { process.terminationReason == .uncaughtSignal }
  func wait() throws -> RunResult {
    process.waitUntilExit()
    return RunResult(stdout: "", stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self), status: process.terminationStatus)
  }
}
