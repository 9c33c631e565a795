import Foundation
import Testing

/// `paindesk-start(7)` is walked as written: its typed lines (`$ ` in a literal block) run
/// in order in one shell from an empty home folder, on the example clinic in `examples/`,
/// and each one's output must be the lines the page shows under it.
@Suite("getting started") struct GettingStartedTests {
  /// One typed line of the page and the output it promises.
  struct Step {
    var command: String
    var expected: [String]
  }

  static let page = Executables.packageRoot.appendingPathComponent("man/man7/paindesk-start.7")
  static let examples = Executables.packageRoot.appendingPathComponent("examples")
  /// Where `make install` puts `examples/`, as the page names it.
  static let installedExamples = "/usr/local/share/paindesk/examples"

  /// The literal blocks' typed lines, in order, with mdoc's `\e` read as a backslash. The
  /// lines under a typed line are its output; blocks without typed lines (a crontab, the
  /// alternative imports) are shown, not run.
  static func steps(_ text: String) -> [Step] {
    var steps: [Step] = []
    var inLiteral = false
    var blockHasCommand = false
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = raw.replacingOccurrences(of: "\\e", with: "\\")
      if line.hasPrefix(".Bd -literal") { inLiteral = true; blockHasCommand = false; continue }
      if line.hasPrefix(".Ed") { inLiteral = false; continue }
      guard inLiteral else { continue }
      if line.hasPrefix("$ ") {
        steps.append(Step(command: String(line.dropFirst(2)), expected: []))
        blockHasCommand = true
      } else if blockHasCommand {
        steps[steps.count - 1].expected.append(line)
      }
    }
    return steps
  }

  /// The literal lines that are shown but not typed, such as the alternative imports.
  static func shownLines(_ text: String) -> [String] {
    var lines: [String] = []
    var block: [String] = []
    var inLiteral = false
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      if line.hasPrefix(".Bd -literal") { inLiteral = true; block = []; continue }
      if line.hasPrefix(".Ed") {
        inLiteral = false
        if !block.contains(where: { $0.hasPrefix("$ ") }) { lines += block }
        continue
      }
      if inLiteral { block.append(line) }
    }
    return lines
  }

  @Test func thePageWalksOnTheExampleClinic() throws {
    let text = try String(contentsOf: Self.page, encoding: .utf8)
    let steps = Self.steps(text)
    #expect(steps.count >= 20, "the page has too few typed lines: \(steps.count)")
    let home = try makeTempDir("start")
    defer { try? FileManager.default.removeItem(at: home) }
    let outs = home.appendingPathComponent(".steps")
    try FileManager.default.createDirectory(at: outs, withIntermediateDirectories: true)

    // One shell, so that `cd` and `export` carry over; each line's output to its own file,
    // and the walk stops at the first line that fails.
    var script = "cd \"$HOME\"\n"
    for (i, step) in steps.enumerated() {
      let command = step.command.replacingOccurrences(of: Self.installedExamples, with: Self.examples.path)
      script += "{ \(command)\n} > \"\(outs.path)/\(i).out\" 2> \"\(outs.path)/\(i).err\" || { echo \"step \(i) exited $?\" >&2; exit 1; }\n"
    }
    let r = try Shell.run(script, cwd: home, environment: ["HOME": home.path, "PATH": Executables.binDir.path + ":/usr/bin:/bin"])
    #expect(r.status == 0, "\(r.stderr)")
    for (i, step) in steps.enumerated() {
      let out = (try? String(contentsOf: outs.appendingPathComponent("\(i).out"), encoding: .utf8)) ?? "(not run)"
      let err = (try? String(contentsOf: outs.appendingPathComponent("\(i).err"), encoding: .utf8)) ?? ""
      let want = step.expected.map { $0 + "\n" }.joined()
      #expect(out == want, "`\(step.command)` printed\n\(out)\(err)")
    }

    // What the walk left behind: a private ledger, and private call lists with their headers.
    let ledger = home.appendingPathComponent("paindesk/ledger.sqlite").path
    #expect(try mode(ledger) == 0o600)
    let morning = home.appendingPathComponent("paindesk/clinic/morning")
    #expect(try mode(morning.path) == 0o700)
    let lists: [(String, String, Int)] = [
      ("pa-overdue", "id,patient_id,payer_id,status", 1), ("pa-pended", "id,patient_id,payer_id,status", 0),
      ("refills", "kind,id,decision", 1), ("recall", "patient_id,reason,rule", 0), ("uds-due", "", 0),
    ]
    for (name, header, rows) in lists {
      let path = morning.appendingPathComponent("\(name).csv").path
      #expect(try mode(path) == 0o600, "\(name).csv is not 0600")
      let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
      #expect(lines.first.map { $0.hasPrefix(header) } ?? header.isEmpty, "\(name).csv header")
      #expect(max(lines.count - 1, 0) == rows, "\(name).csv rows")
    }
    let refills = try String(contentsOf: morning.appendingPathComponent("refills.csv"), encoding: .utf8)
    #expect(refills.contains("RT-rr-001,needs_action"))
  }

  /// The alternatives the page shows (CSV, DrChrono) and the NDJSON and FHIR files give the
  /// same five patients: the same ids where the format keeps the clinic's ids, and the same
  /// charts, birth dates and sexes under DrChrono's ids.
  @Test func everyInputFormatGivesTheSamePatients() throws {
    let text = try String(contentsOf: Self.page, encoding: .utf8)
    let shown = Self.shownLines(text)
    let csv = "paindesk import --from csv --profile generic-patients csv/patients.csv"
    let drchrono = "paindesk import --from drchrono drchrono/patients.json"
    #expect(shown.contains(csv) && shown.contains(drchrono), "the page no longer shows the alternative imports")
    let paths: [(String, String)] = [
      ("ndjson", "paindesk import ndjson/patients.ndjson"),
      ("fhir", "paindesk import --from fhir fhir/manifest.json"),
      ("csv", csv), ("drchrono", drchrono),
    ]
    var charts: [String: [String]] = [:]
    var ids: [String: [String]] = [:]
    for (format, command) in paths {
      let dir = try makeTempDir("format-\(format)")
      defer { try? FileManager.default.removeItem(at: dir) }
      let clinic = Self.examples.appendingPathComponent("clinic")
      let r = try Shell.run(
        """
        paindesk init && paindesk import ndjson/practice.ndjson && \(command) &&
        paindesk export --kind patient | jq -r '[.id, .mrn, .dob, .sex, .state, .status] | @tsv'
        """, cwd: clinic,
        environment: ["HOME": dir.path, "PAINDESK_LEDGER": dir.appendingPathComponent("l.sqlite").path])
      #expect(r.status == 0, "\(format): \(r.stderr)")
      let rows = r.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
      #expect(rows.count == 5, "\(format): \(rows.count) patients")
      ids[format] = rows.map { $0[0] }.sorted()
      charts[format] = rows.map { $0.dropFirst().joined(separator: " ") }.sorted()
    }
    #expect(ids["fhir"] == ids["ndjson"])
    #expect(ids["csv"] == ids["ndjson"])
    #expect(ids["drchrono"] == (1001...1005).map { "drchrono-patient-\($0)" })
    for format in ["fhir", "csv", "drchrono"] {
      #expect(charts[format] == charts["ndjson"], "\(format) gives other patients than ndjson")
    }
  }

  /// The profile `paindesk-import(5)` shows is the example clinic's file, byte for byte.
  @Test func theImportPageShowsTheExampleProfile() throws {
    let page = try String(
      contentsOf: Executables.packageRoot.appendingPathComponent("man/man5/paindesk-import.5"), encoding: .utf8)
    let file = try String(
      contentsOf: Self.examples.appendingPathComponent("clinic/csv/referrals-profile.json"), encoding: .utf8)
    let blocks = page.components(separatedBy: ".Bd -literal -offset indent\n").dropFirst()
      .map { $0.components(separatedBy: ".Ed\n")[0] }
    #expect(blocks.contains(file), "man/man5/paindesk-import.5 no longer shows examples/clinic/csv/referrals-profile.json")
  }
}

func mode(_ path: String) throws -> Int? {
  try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
}
