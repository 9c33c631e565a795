/// The report as one self-contained, printable HTML page with four inline SVG charts
/// (monthly revenue, first-pass denial rate by payer over 12 months, the appeal funnel,
/// revenue at risk) and the period's rows. Every number shown carries `data-row` (the
/// report_row id) and `data-value`, so a test can hold the page to the NDJSON rows.
public enum RevenueReportHTML {
  public static func render(rows: [ReportRow], period: RevenuePeriod, asOf: LocalDate) -> String {
    let months = period.trailingMonths.map(\.label)
    func find(_ metric: String, _ dim: String, _ key: String?, _ p: String) -> ReportRow? {
      rows.first { $0.metric == metric && $0.dimension == dim && $0.key == key && $0.period == p }
    }
    var h = """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <title>Revenue report \(esc(period.label))</title>
      <style>
      body{font-family:Helvetica,Arial,sans-serif;margin:24px;color:#222;background:#fff}
      h1{font-size:20px}h2{font-size:16px;margin-top:28px}
      table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left}
      td.n{text-align:right}svg{display:block;margin:8px 0;background:#fafafa;border:1px solid #ddd}
      .chart{page-break-inside:avoid}@media print{body{margin:0}}
      </style></head><body>
      <h1>Revenue report: \(esc(period.label))</h1>
      <p>Compared with \(esc(period.previous.label)) and \(esc(period.lastYear.label)); at risk and compliance as of \(asOf).</p>

      """
    // 1. Monthly revenue: expected and paid bars per month.
    let expected = months.map { find("expected_revenue_cents", "total", nil, $0) }
    let paid = months.map { find("paid_cents", "total", nil, $0) }
    h += chart(id: "chart-monthly-revenue", title: "Monthly revenue: procedures expected from the fee schedule, and paid on all claims") {
      bars(groups: months, series: [("expected", "#3b6ea5", expected), ("paid", "#7fb069", paid)])
    }
    // 2. First-pass denial rate by payer, one line per payer.
    let payers = Set(rows.filter { $0.metric == "first_pass_denial_rate" && $0.dimension == "payer" }.compactMap(\.key)).sorted()
    let palette = ["#c0392b", "#2874a6", "#239b56", "#b7950b", "#7d3c98", "#ca6f1e", "#17a589", "#566573"]
    h += chart(id: "chart-denial-rate-by-payer", title: "First-pass denial rate by payer, 12 months") {
      lines(
        groups: months,
        series: payers.enumerated().map { (i, p) -> (String, String, [ReportRow?]) in
          (p, palette[i % palette.count], months.map { find("first_pass_denial_rate", "payer", p, $0) })
        })
    }
    // 3. The appeal funnel of the period.
    let funnel = ["denials_received", "appeals_filed", "appeals_won", "appeals_partial", "appeals_lost", "appeals_missed"]
      .map { (m: String) -> (String, ReportRow?) in (m, find(m, "total", nil, period.label)) }
    h += chart(id: "chart-appeal-funnel", title: "Appeal funnel, \(period.label)") { hbars(funnel, color: "#8e44ad") }
    // 4. Revenue at risk by category.
    let risk = ["denied_unappealed", "pending_past_deadline", "approved_unscheduled", "approved_expiring_unused"]
      .map { (c: String) -> (String, ReportRow?) in (c, find("revenue_at_risk_cents", "category", c, asOf.description)) }
    h += chart(id: "chart-revenue-at-risk", title: "Revenue at risk as of \(asOf)") { hbars(risk, color: "#d35400") }
    // The rows of the period, with the comparisons.
    h += "<h2>All metrics</h2>\n<table><tr><th>metric</th><th>dimension</th><th>key</th><th>\(esc(period.label))</th><th>\(esc(period.previous.label))</th><th>\(esc(period.lastYear.label))</th></tr>\n"
    let main = rows.filter { $0.period == period.label || $0.period == asOf.description }
    for r in main {
      h += "<tr><td>\(esc(r.metric))</td><td>\(esc(r.dimension ?? ""))</td><td>\(esc(r.key ?? ""))</td>"
      h += "<td class=\"n\">\(cell(r))</td>"
      for p in [period.previous.label, period.lastYear.label] {
        h += "<td class=\"n\">\(find(r.metric, r.dimension ?? "", r.key, p).map(cell) ?? "")</td>"
      }
      h += "</tr>\n"
    }
    h += "</table>\n</body></html>\n"
    return h
  }

  static func chart(id: String, title: String, _ body: () -> String) -> String {
    "<div class=\"chart\"><h2>\(esc(title))</h2>\n<svg id=\"\(id)\" xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"276\" viewBox=\"0 0 720 276\">\n\(body())</svg></div>\n"
  }

  static let left = 70.0, top = 20.0, width = 630.0, height = 200.0

  static func bars(groups: [String], series: [(String, String, [ReportRow?])]) -> String {
    let maxV = max(1, series.flatMap { $0.2.compactMap { $0?.value } }.max() ?? 1)
    let slot = width / Double(max(groups.count, 1))
    let bw = slot * 0.8 / Double(max(series.count, 1))
    var s = axis(maxLabel: Money.dollars(maxV))
    for (g, label) in groups.enumerated() {
      let x0 = left + Double(g) * slot + slot * 0.1
      for (k, (_, color, values)) in series.enumerated() {
        guard let r = values[g] else { continue }
        let bh = r.value / maxV * height
        s += "<rect \(attrs(r)) x=\"\(f(x0 + Double(k) * bw))\" y=\"\(f(top + height - bh))\" width=\"\(f(bw))\" height=\"\(f(bh))\" fill=\"\(color)\"><title>\(esc(label)) \(esc(r.metric)): \(esc(text(r)))</title></rect>\n"
      }
      s += "<text x=\"\(f(x0))\" y=\"\(f(top + height + 14))\" font-size=\"9\">\(esc(String(label.suffix(5))))</text>\n"
    }
    s += legend(series.map { ($0.0, $0.1) })
    return s
  }

  static func lines(groups: [String], series: [(String, String, [ReportRow?])]) -> String {
    let slot = width / Double(max(groups.count, 1))
    var s = axis(maxLabel: "100%")
    for (g, label) in groups.enumerated() {
      s += "<text x=\"\(f(left + Double(g) * slot + slot * 0.1))\" y=\"\(f(top + height + 14))\" font-size=\"9\">\(esc(String(label.suffix(5))))</text>\n"
    }
    for (name, color, values) in series {
      var points: [String] = []
      for (g, v) in values.enumerated() {
        guard let r = v else { continue }
        let x = left + Double(g) * slot + slot / 2, y = top + height - r.value * height
        points.append("\(f(x)),\(f(y))")
        s += "<circle \(attrs(r)) cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"3\" fill=\"\(color)\"><title>\(esc(name)) \(esc(r.period ?? "")): \(esc(text(r)))</title></circle>\n"
      }
      if points.count > 1 { s += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>\n" }
    }
    s += legend(series.map { ($0.0, $0.1) })
    return s
  }

  static func hbars(_ items: [(String, ReportRow?)], color: String) -> String {
    let maxV = max(1, items.compactMap { $0.1?.value }.max() ?? 1)
    let bh = height / Double(max(items.count, 1))
    var s = ""
    for (i, (name, r)) in items.enumerated() {
      let y = top + Double(i) * bh
      s += "<text x=\"4\" y=\"\(f(y + bh * 0.6))\" font-size=\"10\">\(esc(name))</text>\n"
      guard let r else { continue }
      let w = r.value / maxV * (width - 140)
      s += "<rect \(attrs(r)) x=\"\(f(left + 90))\" y=\"\(f(y + bh * 0.15))\" width=\"\(f(w))\" height=\"\(f(bh * 0.7))\" fill=\"\(color)\"/>\n"
      s += "<text x=\"\(f(left + 95 + w))\" y=\"\(f(y + bh * 0.6))\" font-size=\"10\">\(esc(text(r)))</text>\n"
    }
    return s
  }

  static func axis(maxLabel: String) -> String {
    "<line x1=\"\(f(left))\" y1=\"\(f(top))\" x2=\"\(f(left))\" y2=\"\(f(top + height))\" stroke=\"#555\"/>\n"
      + "<line x1=\"\(f(left))\" y1=\"\(f(top + height))\" x2=\"\(f(left + width))\" y2=\"\(f(top + height))\" stroke=\"#555\"/>\n"
      + "<text x=\"2\" y=\"\(f(top + 4))\" font-size=\"9\">\(esc(maxLabel))</text>\n<text x=\"2\" y=\"\(f(top + height))\" font-size=\"9\">0</text>\n"
  }

  static func legend(_ items: [(String, String)]) -> String {
    var s = ""
    for (i, (name, color)) in items.enumerated() {
      let x = left + Double(i % 6) * 105, y = 248.0 + Double(i / 6) * 12
      s += "<rect x=\"\(f(x))\" y=\"\(f(y - 8))\" width=\"10\" height=\"8\" fill=\"\(color)\"/><text x=\"\(f(x + 13))\" y=\"\(f(y))\" font-size=\"9\">\(esc(name))</text>\n"
    }
    return s
  }

  static func attrs(_ r: ReportRow) -> String { "data-row=\"\(esc(r.id))\" data-value=\"\(number(r.value))\"" }

  static func cell(_ r: ReportRow) -> String { "<span \(attrs(r))>\(esc(text(r)))</span>" }

  /// How a value reads: dollars, a percent, or a number.
  public static func text(_ r: ReportRow) -> String {
    switch r.unit {
    case .cents: Money.dollars(r.value)
    case .ratio: Money.percent(r.value)
    default: number(r.value)
    }
  }

  static func number(_ v: Double) -> String { v.formatted }

  static func f(_ v: Double) -> String { String((v * 10).rounded() / 10) }

  static func esc(_ s: String) -> String {
    HTMLText.escape(s)
  }
}
