/// Recall and controlled-substance compliance, from the existing worklists: patients
/// overdue for a recall (recall-scan), refill requests of the period held for paperwork
/// (refill-check: needs_action), and drug screens overdue (uds-due).
public enum RevenueCompliance {
  public static func rows(ledger: Ledger, rules: EffectiveRules, asOf: AsOf, period: RevenuePeriod) throws(ToolkitError)
    -> RevenueRows
  {
    var snap = RevenueRows(period: asOf.date.description)
    // A count of patients, so recall-scan's list is not built and sorted: its facts, one
    // per patient, each asked for its recalls by the same rules.
    let settings = RecallSettings(rules: rules, withinDays: 0)
    let options = RecallScan.Options(asOf: asOf.date)
    let overdue = try RecallScan.dueFacts(ledger: ledger, settings: settings, options: options).count { f in
      RecallScan.recalls(f, settings: settings, options: options).contains { $0.state == .overdue }
    }
    snap.add("recall_overdue_patients", "total", nil, Double(overdue), .count, "patients with a recall overdue as of the date (recall-scan)")
    let requests = try ledger.all(RefillRequest.self).filter { period.contains(text: $0.requestedOn) }
    let data = try ControlledSubstanceData.load(from: ledger, prescribedOr: Set(requests.map(\.patientId)))
    let uds = UDSSchedulePlanner(data: data, rules: rules, asOf: asOf.date).schedules(withinDays: 0, all: false).filter(\.overdue)
    snap.add("uds_overdue_patients", "total", nil, Double(uds.count), .count, "patients on a controlled substance with a drug screen overdue as of the date (uds-due)")
    var per = RevenueRows(period: period.label)
    let checker = RefillChecker(data: data, rules: rules, asOf: asOf.date)
    let held = requests.filter { checker.route($0).0.decision == .needsAction }.count
    per.add("refill_requests", "total", nil, Double(requests.count), .count, "refill requests whose requested_on falls in the period")
    per.add("refills_held", "total", nil, Double(held), .count, "refill requests of the period routed needs_action for paperwork (refill-check, as of the report date)")
    snap.append(per)
    return snap
  }
}
