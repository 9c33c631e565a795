/// The scenario's report rows, each with its formula in words and the numbers it used,
/// so an owner can check them.
extension Scenario {
  public func rows(dimension: String = "total", key: String? = nil) -> [ReportRow] {
    var r = RevenueRows(period: "annual")
    func m(_ c: Double) -> String { Money.dollars(c) }
    func pct(_ f: Double) -> String { Money.percent(f) }
    let annual = annualProcedureRevenueCents
    r.add(
      "annual_procedure_revenue", dimension, key, annual.rounded(), .cents,
      "physicians x procedures per physician per month x 12 x average reimbursement = \(physicians.formatted) x \(proceduresPerPhysicianMonth.formatted) x 12 x \(m(avgReimbursementCents)) = \(m(annual))")
    r.add(
      "pa_efficiency_revenue", dimension, key, paEfficiencyRevenueCents.rounded(), .cents,
      "annual revenue x (first-pass denial before - after) x share of denied revenue lost unless appealed = \(m(annual)) x (\(pct(firstPassDenialBefore)) - \(pct(firstPassDenialAfter))) x \(deniedRevenueLostShare.formatted) = \(m(paEfficiencyRevenueCents)); assumes every avoided denial would otherwise have lost that share")
    r.add(
      "appeal_recovery_revenue", dimension, key, appealRecoveryRevenueCents.rounded(), .cents,
      "annual revenue x first-pass denial after x share of denied revenue lost unless appealed x share appealed x appeal recovery rate = \(m(annual)) x \(pct(firstPassDenialAfter)) x \(deniedRevenueLostShare.formatted) x \(appealedShare.formatted) x \(pct(appealRecoveryRate)) = \(m(appealRecoveryRevenueCents)); only revenue lost without an appeal can be recovered; assumes a won appeal recovers the full reimbursement")
    r.add(
      "physician_hours_recovered", dimension, key, physicianHoursRecovered, .hours,
      "physicians x (PA hours per physician per week before - after) x working weeks = \(physicians.formatted) x (\(paHoursPerPhysicianWeekBefore.formatted) - \(paHoursPerPhysicianWeekAfter.formatted)) x \(workingWeeks.formatted) = \(physicianHoursRecovered.formatted) hours")
    r.add(
      "scheduling_revenue", dimension, key, schedulingRevenueCents.rounded(), .cents,
      "cancellation fills per month x average reimbursement x 12 = \(cancellationFillsPerMonth.formatted) x \(m(avgReimbursementCents)) x 12 = \(m(schedulingRevenueCents)); assumes each fill is a procedure that would not otherwise happen")
    r.add(
      "va_cost", dimension, key, vaCostCents.rounded(), .cents,
      "VA cost per month x 12 = \(m(vaCostCentsPerMonth)) x 12 = \(m(vaCostCents))")
    let hours = physicianHourValueCents.map { " + physician hours x hour value (\(physicianHoursRecovered.formatted) x \(m($0)))" } ?? " (physician hours not valued: no physician_hour_value_cents)"
    r.add(
      "net_impact", dimension, key, netImpactCents.rounded(), .cents,
      "PA efficiency + appeal recovery + scheduling - VA cost\(hours) = \(m(netImpactCents))")
    return r.rows
  }
}
