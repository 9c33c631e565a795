import Foundation

/// The demo clinic, built once per test run and copied into each case that asks for it
/// (it takes far longer to build than to copy).
enum DemoLedger {
  static let asOf = "2026-11-29"
  private static let lock = NSLock()
  nonisolated(unsafe) private static var built: String?

  static func shared() throws -> String {
    lock.lock()
    defer { lock.unlock() }
    if let built { return built }
    let dir = try makeTempDir("demo")
    let path = dir.appendingPathComponent("demo.sqlite").path
    let r = try Shell.run("paindesk demo --seed 1 --as-of \(asOf)", cwd: dir, environment: ["PAINDESK_LEDGER": path])
    guard r.status == 0 else { throw DemoError(message: "paindesk demo failed: \(r.stderr)") }
    built = path
    return path
  }

  struct DemoError: Error { let message: String }
}
