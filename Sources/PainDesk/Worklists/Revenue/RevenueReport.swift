/// revenue-model report: the rows of a period, of the previous period and of the same
/// period last year; the trend metrics of the trailing 12 months (for the charts); revenue
/// at risk and compliance as of the report date.
public enum RevenueReport {
  public struct Options: Sendable {
    public var period: RevenuePeriod
    public var asOf: AsOf
    public var settings = RevenueSettings()
    public init(period: RevenuePeriod, asOf: AsOf) {
      self.period = period
      self.asOf = asOf
    }
  }

  /// The metrics that carry a 12-month trend.
  public static let trendMetrics: Set<String> = [
    "expected_revenue_cents", "paid_cents", "first_pass_denial_rate", "first_decisions",
  ]

  public static func run(ledger: Ledger, rules: EffectiveRules, options o: Options) throws(ToolkitError) -> [ReportRow] {
    let p = o.period
    let months = p.trailingMonths
    let lo = min(p.lastYear.from, months.first!.from)
    let hi = max(p.to, o.asOf.date)
    let data = try RevenueData.load(
      from: ledger, from: lo, to: hi, rules: rules, detailPeriods: [p, p.previous, p.lastYear])
    let risk = try RevenueRisk.load(ledger: ledger, asOf: o.asOf.date)
    var rows = rows(data: data, rules: rules, options: o, risk: risk)
    rows.append(try RevenueCompliance.rows(ledger: ledger, rules: rules, asOf: o.asOf, period: p))
    return rows.rows
  }

  /// Everything but compliance (which needs the ledger): testable on loaded data.
  public static func rows(
    data: RevenueData, rules: EffectiveRules, options o: Options,
    risk: (denials: [RevenueFacts.UnappealedDenial], auths: [RevenueFacts.OpenAuth])
  ) -> RevenueRows {
    let metrics = RevenueMetrics(data: data, rules: rules, settings: o.settings)
    let p = o.period
    var all = metrics.rows(p)
    all.append(metrics.rows(p.previous))
    all.append(metrics.rows(p.lastYear))
    for m in p.trailingMonths where m != p {
      let trend = metrics.rows(m, parts: .trend).rows.filter { trendMetrics.contains($0.metric) && ($0.dimension == "total" || $0.dimension == "payer") }
      var t = RevenueRows(period: m.label)
      for r in trend { t.add(r.metric, r.dimension ?? "total", r.key, r.value, r.unit, r.formula ?? "") }
      all.append(t)
    }
    all.append(
      RevenueRisk(data: data, rules: rules, settings: o.settings, denials: risk.denials, auths: risk.auths).rows(asOf: o.asOf))
    return all
  }

  /// The report_row columns, in order, in every format.
  public static let columns = ["metric", "dimension", "key", "period", "value", "unit", "formula"]

  /// A row as a record: kind, id, then every column (null when absent), so NDJSON keys
  /// never vary.
  public static func record(_ r: ReportRow) -> JSONObject {
    var o = JSONObject([("kind", .string("report_row")), ("id", .string(r.id))])
    o["metric"] = .string(r.metric)
    o["dimension"] = r.dimension.map(JSONValue.string) ?? .null
    o["key"] = r.key.map(JSONValue.string) ?? .null
    o["period"] = r.period.map(JSONValue.string) ?? .null
    o["value"] = r.value == r.value.rounded() && abs(r.value) < 1e15 ? .int(Int64(r.value)) : .double(r.value)
    o["unit"] = .string(r.unit.rawValue)
    o["formula"] = r.formula.map(JSONValue.string) ?? .null
    return o
  }
}
