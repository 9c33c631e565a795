import Foundation
import Testing

/// A legitimate CSV of a few hundred megabytes, plain or gzip, imports a row at a time:
/// peak memory, measured with GNU time, stays far below the size of the file.
@Suite("large inputs", .serialized) struct LargeInputTests {
  /// 263 MB: 250 rows carrying a 1 MiB column the profile does not read (a field of
  /// `CSVParser.maxFieldBytes`, the most one row may hold), among 20,000 ordinary rows.
  static let make = """
    paindesk init && awk 'BEGIN {
      pad = "x"; while (length(pad) < 1048576) pad = pad pad
      print "Patient ID,MRN,First Name,Last Name,DOB,Sex,State,Phone,Email,Status,Notes"
      for (i = 1; i <= 20250; i++) print "P" i ",,Ann,Lee,01/02/1980,F,TX,,,," (i % 81 == 0 ? pad : "")
    }' > big.csv && gzip -1 -k big.csv
    """

  @Test(arguments: ["big.csv", "big.csv.gz"])
  func aLargeCSVImportsInLittleMemory(_ file: String) throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return }
    let dir = try makeTempDir("large")
    defer { try? FileManager.default.removeItem(at: dir) }
    let env = ["PAINDESK_LEDGER": dir.appendingPathComponent("l.sqlite").path]
    let made = try Shell.run(Self.make, cwd: dir, environment: env)
    #expect(made.status == 0, "\(made.stderr)")
    let size = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("big.csv").path)[.size] as? Int ?? 0
    #expect(size > 200_000_000)
    let r = try InputBombTests.measured("paindesk import --from csv --profile generic-patients \(file)", in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.kib < 200_000, "peak memory \(r.kib) KiB")
    let count = try Shell.run("paindesk export --kind patient | wc -l", cwd: dir, environment: env)
    #expect(count.stdout.contains("20250"), "\(count.stdout)")
  }
}
