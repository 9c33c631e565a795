import Foundation
import Testing

/// A legitimate CSV or DrChrono file of a few hundred megabytes, plain or gzip, imports a
/// row or an object at a time: peak memory, measured with GNU time, stays far below the
/// size of the file.
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

  /// 263 MB of DrChrono API JSON, one page: the same rows as patients objects, 250 of them
  /// with a 1 MiB field the mapping does not read.
  static let makeDrChrono = """
    paindesk init && awk 'BEGIN {
      pad = "x"; while (length(pad) < 1048576) pad = pad pad
      printf "{\\"next\\":null,\\"results\\":["
      for (i = 1; i <= 20250; i++) {
        printf "%s{\\"id\\":%d,\\"first_name\\":\\"Ann\\",\\"last_name\\":\\"Lee\\",", (i > 1 ? "," : ""), i
        printf "\\"date_of_birth\\":\\"1980-01-02\\",\\"state\\":\\"TX\\",\\"notes\\":\\"%s\\"}", (i % 81 == 0 ? pad : "")
      }
      print "]}"
    }' > big.json && gzip -1 -k big.json
    """

  /// Each reader on its large file, plain and gzip: the file is made, imported under GNU
  /// time, and every patient is in the ledger.
  @Test(arguments: [
    (make, "big.csv", "--from csv --profile generic-patients"), (make, "big.csv.gz", "--from csv --profile generic-patients"),
    (makeDrChrono, "big.json", "--from drchrono"), (makeDrChrono, "big.json.gz", "--from drchrono"),
  ])
  func aLargeFileImportsInLittleMemory(_ make: String, _ file: String, _ format: String) throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return }
    let dir = try makeTempDir("large")
    defer { try? FileManager.default.removeItem(at: dir) }
    let env = ["PAINDESK_LEDGER": dir.appendingPathComponent("l.sqlite").path]
    let made = try Shell.run(make, cwd: dir, environment: env)
    #expect(made.status == 0, "\(made.stderr)")
    let plain = file.hasSuffix(".gz") ? String(file.dropLast(3)) : file
    let size = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(plain).path)[.size] as? Int ?? 0
    #expect(size > 200_000_000)
    let r = try InputBombTests.measured("paindesk import \(format) \(file)", in: dir)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.kib < 200_000, "peak memory \(r.kib) KiB")
    let count = try Shell.run("paindesk export --kind patient | wc -l", cwd: dir, environment: env)
    #expect(count.stdout.contains("20250"), "\(count.stdout)")
  }
}
