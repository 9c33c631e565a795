import Foundation
import Testing

/// The CSV and DrChrono readers refuse an input over their size limit before they keep it:
/// a sparse plain file by its size, a gzip "bomb" as soon as what it inflates to breaks the
/// limit of one field or object. Peak memory, measured with GNU time, stays far below it.
@Suite("input bombs", .serialized) struct InputBombTests {
  /// Runs `command` under GNU time in `dir`; its status, stderr and peak memory in KiB.
  static func measured(_ command: String, in dir: URL) throws -> (status: Int32, stderr: String, kib: Int) {
    let r = try Shell.run(
      "/usr/bin/time -f '%M' -o rss.txt \(command); s=$?; echo; exit $s", cwd: dir,
      environment: ["PAINDESK_LEDGER": dir.appendingPathComponent("l.sqlite").path])
    let rss = try String(contentsOf: dir.appendingPathComponent("rss.txt"), encoding: .utf8)
    let kib = Int(rss.split(separator: "\n").last.map(String.init) ?? "") ?? Int.max
    return (r.status, r.stderr, kib)
  }

  /// The readers stream, so a bomb of zeros stops at the CSV's first field's limit, or at
  /// the first byte that is not JSON; a page whose first object never ends, at the limit of
  /// one object.
  @Test(arguments: [
    ("paindesk import --from csv --profile drchrono-appointments big.csv", "than 1073741824 bytes"),
    ("paindesk import --from csv --profile drchrono-appointments bomb.csv.gz", "row 1, column 1: a field longer than 1048576 bytes"),
    ("paindesk import --from drchrono big.csv", "than 1073741824 bytes"),
    ("paindesk import --from drchrono bomb.json.gz", "bomb.json.gz: invalid JSON: column 1: unexpected character byte 0x0"),
    ("paindesk import --from drchrono page.json.gz", "page.json.gz: object 1: longer than 4194304 bytes"),
  ])
  func anInputOverTheLimitIsRefusedInLittleMemory(_ command: String, _ message: String) throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return }
    let dir = try makeTempDir("bomb")
    defer { try? FileManager.default.removeItem(at: dir) }
    // 1.1 GB: a sparse file, 100 gzip members of 11 MB of zeros each (a 1000:1 bomb), and
    // a DrChrono page whose first object is followed by as many members of 11 MB of `x`.
    let made = try Shell.run(
      """
      paindesk init && truncate -s 1100M big.csv && head -c 11M /dev/zero | gzip -1 > m.gz &&
      for i in $(seq 100); do cat m.gz; done > bomb.csv.gz && cp bomb.csv.gz bomb.json.gz &&
      head -c 11M /dev/zero | tr '\\0' x | gzip -1 > x.gz && printf '{"results":[{"id":1,"notes":"' | gzip > page.json.gz &&
      for i in $(seq 100); do cat x.gz; done >> page.json.gz
      """, cwd: dir, environment: ["PAINDESK_LEDGER": dir.appendingPathComponent("l.sqlite").path])
    #expect(made.status == 0, "\(made.stderr)")
    let r = try Self.measured(command, in: dir)
    #expect(r.status == 65, "\(r.stderr)")
    #expect(r.stderr.contains(message), "\(r.stderr)")
    #expect(r.kib < 200_000, "peak memory \(r.kib) KiB")
  }
}
