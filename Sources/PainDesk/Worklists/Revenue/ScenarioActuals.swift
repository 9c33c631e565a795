/// `revenue-model scenario --from-ledger`: the scenario parameters the ledger can measure,
/// from the 12 full months before the as-of date: physicians (who performed procedures),
/// procedures per physician per month, average expected reimbursement, the first-pass
/// denial rate (as `first_pass_denial_before`), the appeal recovery rate, and waitlist
/// fills per month. Targets, hours and costs still come from the scenario JSON.
public enum ScenarioActuals {
  public static func values(ledger: Ledger, rules: EffectiveRules, asOf: AsOf) throws(ToolkitError) -> [String: Double] {
    let end = RevenuePeriod.lastFullMonth(before: asOf.date)
    let year = RevenuePeriod(from: end.from.adding(months: -11), to: end.to)
    let data = try RevenueData.load(from: ledger, from: year.from, to: year.to, rules: rules, detailPeriods: [year])
    let rows = RevenueMetrics(data: data, rules: rules, settings: RevenueSettings()).rows(year).rows
    func v(_ m: String, _ dim: String = "total", _ key: String? = nil) -> Double? {
      rows.first { $0.metric == m && $0.dimension == dim && $0.key == key }?.value
    }
    let physicianIds = Set(try ledger.all(Provider.self).filter { $0.role == .physician }.map(\.id))
    let performers = rows.filter { $0.metric == "procedures_performed" && $0.dimension == "provider" && physicianIds.contains($0.key ?? "") }
    var out: [String: Double] = [:]
    let procedures = v("procedures_performed") ?? 0
    if !performers.isEmpty {
      out["physicians"] = Double(performers.count)
      out["procedures_per_physician_month"] = ((procedures / Double(performers.count) / 12) * 100).rounded() / 100
    }
    let priced = procedures - (v("procedures_unpriced") ?? 0)
    if priced > 0, let e = v("expected_revenue_cents") { out["avg_reimbursement_cents"] = (e / priced).rounded() }
    if let r = v("first_pass_denial_rate") { out["first_pass_denial_before"] = r }
    if let r = v("appeal_recovery_rate") { out["appeal_recovery_rate"] = r }
    if let f = v("slots_refilled") { out["cancellation_fills_per_month"] = (f / 12 * 100).rounded() / 100 }
    return out
  }
}
