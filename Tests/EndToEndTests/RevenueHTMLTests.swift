import Foundation
import Testing

/// revenue-model's HTML report, from the built binary on the demo ledger: its numbers are
/// the NDJSON rows', and it renders in headless Chromium to a page that is not blank and
/// has the four charts.
@Suite("revenue-model html") struct RevenueHTMLTests {
  static func run(_ line: String, in dir: URL, ledger: String) throws -> RunResult {
    try Shell.run(line, cwd: dir, environment: ["PAINDESK_LEDGER": ledger, "HOME": dir.path])
  }

  static let report = "revenue-model report --as-of 2026-11-29 --month 2026-10"

  @Test func htmlNumbersEqualTheNDJSONRows() throws {
    let dir = try makeTempDir("revenue-html")
    defer { try? FileManager.default.removeItem(at: dir) }
    let ledger = try DemoLedger.shared()
    let nd = try Self.run("\(Self.report) --format ndjson", in: dir, ledger: ledger)
    let html = try Self.run("\(Self.report) --format html", in: dir, ledger: ledger)
    #expect(nd.status == 0 && html.status == 0, "\(nd.stderr)\(html.stderr)")
    var rows: [String: Double] = [:]
    for line in nd.stdout.split(separator: "\n") {
      let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      rows[o["id"] as! String] = (o["value"] as! NSNumber).doubleValue
    }
    let regex = try NSRegularExpression(pattern: #"data-row="([^"]*)" data-value="([^"]*)""#)
    let text = html.stdout
    let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
    #expect(matches.count > 50)
    for m in matches {
      let id = String(text[Range(m.range(at: 1), in: text)!])
      let shown = Double(String(text[Range(m.range(at: 2), in: text)!]))
      #expect(rows[id] != nil, "\(id) is in the HTML but not in the NDJSON")
      if let v = rows[id], let shown { #expect(abs(v - shown) < 1e-9, "\(id): html \(shown), ndjson \(v)") }
    }
  }

  static func chromium() -> String? {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for dir in ["/usr/bin", "/usr/local/bin", "/snap/bin"] where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
        return "\(dir)/\(name)"
      }
    }
    return nil
  }

  @Test func rendersInHeadlessChromium() throws {
    guard let browser = Self.chromium() else {
      try OptionalValidator.missing("chromium", install: "apt-get install chromium; .ci/run does")
    }
    let dir = try makeTempDir("revenue-png")
    defer { try? FileManager.default.removeItem(at: dir) }
    let r = try Self.run("\(Self.report) --format html > report.html", in: dir, ledger: try DemoLedger.shared())
    #expect(r.status == 0, "\(r.stderr)")
    let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
    for id in ["chart-monthly-revenue", "chart-denial-rate-by-payer", "chart-appeal-funnel", "chart-revenue-at-risk"] {
      #expect(html.contains("<svg id=\"\(id)\""), "missing chart \(id)")
    }
    let shot = try Shell.run(
      "'\(browser)' --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=900,1400 --screenshot=page.png file://\(dir.path)/report.html",
      cwd: dir, environment: ["HOME": dir.path])
    #expect(shot.status == 0, "\(shot.stderr)")
    let png = dir.appendingPathComponent("page.png").path
    #expect(FileManager.default.fileExists(atPath: png))
    // Distinct colours of the decoded image (python3 standard library only).
    let check = try Shell.run("python3 '\(Executables.packageRoot.path)/Scripts/png-colours.py' page.png", cwd: dir)
    #expect(check.status == 0, "\(check.stderr)")
    let colours = Int(check.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    #expect(colours >= 8, "the page rendered with \(colours) colours: blank?")
  }
}
