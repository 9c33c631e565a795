/// uds-due: each patient on a controlled substance gets a drug screen schedule by risk
/// tier (clinic protocol `uds.interval.<tier>`, counted from the last collected
/// specimen), and the results are tracked: not reviewed within `uds.review` days,
/// unexpected results (CDC 2022 Rec 10), and Medicare frequency caps (LCD L39981).
public struct UDSSchedulePlanner: Sendable {
  public let data: ControlledSubstanceData
  public let rules: EffectiveRules
  public let asOf: LocalDate

  public init(data: ControlledSubstanceData, rules: EffectiveRules, asOf: LocalDate) {
    self.data = data
    self.rules = rules
    self.asOf = asOf
  }

  /// The interval for a tier (a flag may override it).
  public func intervalDays(_ tier: RiskTier) -> Int { rules.int("uds.interval.\(tier.rawValue)", "interval_days") }

  /// One patient's schedule, or nil when not on a controlled substance.
  public func schedule(_ patientId: String, withinDays: Int) -> (UDSSchedule, DueCheck)? {
    let controlled = data.clinicControlled(patientId, on: asOf)
    guard !controlled.isEmpty else { return nil }
    let (tier, source) = data.riskTier(patientId, on: asOf, rules: rules)
    let days = intervalDays(tier)
    let last = data.lastCollected(patientId, onOrBefore: asOf).flatMap { $0.collectedOn.flatMap(LocalDate.init) }
    // Never screened: due from the start of controlled-substance therapy.
    let began = (data.rx[patientId] ?? []).filter { $0.isControlled && !$0.isOutside }.compactMap(\.writtenDate).min() ?? asOf
    let check = DueCheck(lastDone: last, every: .days(days), requiredSince: began, asOf: asOf, withinDays: withinDays)
    let next = data.nextAppointment(patientId, onOrAfter: asOf, calendar: rules.calendar)
    let row = UDSSchedule(
      id: "UDS-\(patientId)", patientId: patientId, riskTier: tier, tierSource: source.rawValue, intervalDays: days,
      lastCollectedOn: last?.description, dueOn: check.dueOn.description, overdue: check.state == .overdue,
      nextAppointment: next?.description, collectAtNextVisit: next.map { check.dueOn <= $0 } ?? false)
    return (row, check)
  }

  /// Schedules of patients due within `withinDays` or overdue (or all with `all`);
  /// `remindOnly` keeps those falling due (not yet overdue), for reminder calls.
  public func schedules(withinDays: Int, all: Bool, remindOnly: Bool = false) -> [UDSSchedule] {
    data.controlledPatients(on: asOf).compactMap { p in
      guard let (row, check) = schedule(p, withinDays: withinDays) else { return nil }
      if remindOnly { return check.state == .due ? row : nil }
      return all || check.state != .notDue ? row : nil
    }
  }

  /// Findings about results for the patients on a controlled substance: not reviewed in
  /// time, unexpected results, Medicare caps for the next test.
  public func findings(withinDays: Int, reviewDays flag: Int? = nil) -> [Finding] {
    data.controlledPatients(on: asOf).flatMap { p in
      resultFindings(p, reviewDays: flag, includeReviewed: true) + [medicareCap(p, withinDays: withinDays)].compactMap { $0 }
    }
  }

  /// `uds-due results`: the result findings of every patient on a controlled substance,
  /// each row with its `patient_id`; an unexpected result a physician already reviewed is
  /// informational and left out unless `includeReviewed`.
  public func resultRows(reviewDays flag: Int? = nil, includeReviewed: Bool) -> [(patientId: String, finding: Finding)] {
    data.controlledPatients(on: asOf).flatMap { p in
      resultFindings(p, reviewDays: flag, includeReviewed: includeReviewed).map { (p, $0) }
    }
  }

  /// One patient's results not reviewed in time and unexpected results.
  func resultFindings(_ p: String, reviewDays flag: Int?, includeReviewed: Bool) -> [Finding] {
    var out: [Finding] = []
    let reviewDays = rules.int("uds.review", "within_days", flag: flag.map { .int(Int64($0)) })
    for u in (data.uds[p] ?? []).sorted(by: { $0.id < $1.id }) {
      guard u.reviewedOn == nil, let resulted = u.resultedOn.flatMap(LocalDate.init) else { continue }
      let due = resulted.adding(days: reviewDays)
      if asOf > due {
        out.append(Finding(
          id: "\(u.id)-review", subjectKind: .uds, subjectId: u.id, rule: "uds.review", source: "clinic protocol",
          severity: .warn,
          message: "result of \(resulted) not reviewed by a physician within \(reviewDays) days (due \(due))",
          evidence: .object(JSONObject([("patient_id", .string(p)), ("stage", .string(UDSStage(u).rawValue))]))))
      }
    }
    for (u, found) in data.recentUnexpected(p, on: asOf, rules: rules) where includeReviewed || u.reviewedOn == nil {
      for (k, r) in found.enumerated() {
        out.append(Finding(
          id: "\(u.id)-unexpected-\(k + 1)", subjectKind: .uds, subjectId: u.id, rule: "uds.unexpected_result",
          source: "CDC 2022 Rec 10", severity: u.reviewedOn == nil ? .warn : .info,
          message: r.message + (u.reviewedOn == nil ? "; not yet reviewed" : "; reviewed \(u.reviewedOn!)"),
          evidence: .object(JSONObject([
            ("patient_id", .string(p)), ("substance", .string(r.substance)), ("reason", .string(r.reason.rawValue)),
          ]))))
      }
    }
    return out
  }

  /// A Medicare patient whose next test (on its due date, or today if overdue) would
  /// exceed the LCD L39981 frequency caps for the tier in the rolling window.
  public func medicareCap(_ patientId: String, withinDays: Int) -> Finding? {
    guard data.isMedicare(patientId, on: asOf), let (row, _) = schedule(patientId, withinDays: withinDays),
      let due = LocalDate(row.dueOn)
    else { return nil }
    let rule = "uds.medicare_cap.\(row.riskTier.rawValue)"
    let next = max(due, asOf)
    let window = RollingWindow.days(rules.int(rule, "window_days"), endingOn: next)
    let screens = (data.uds[patientId] ?? []).filter { u in
      u.collectedOn.flatMap(LocalDate.init).map(window.contains) ?? false
    }
    let presumptive = screens.filter { $0.type == .presumptive }.count
    let definitive = screens.filter { $0.type == .definitive }.count
    let maxP = rules.int(rule, "max_presumptive")
    let maxD = rules.int(rule, "max_definitive")
    guard presumptive + 1 > maxP || definitive + 1 > maxD else { return nil }
    return Finding(
      id: "\(row.id)-medicare-cap", subjectKind: .patient, subjectId: patientId, rule: rule, source: "LCD L39981",
      severity: .warn,
      message: "a test on \(next) would exceed the Medicare cap for \(row.riskTier.rawValue) risk (\(maxP) presumptive + \(maxD) definitive per \(window.length)): \(presumptive) presumptive and \(definitive) definitive since \(window.start); document the justification",
      evidence: .object(JSONObject([("presumptive", .int(Int64(presumptive))), ("definitive", .int(Int64(definitive)))])))
  }
}
