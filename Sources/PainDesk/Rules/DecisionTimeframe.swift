/// When a payer's decision on a request is due: a calendar date for day-based rules, an
/// instant for hour-based ones (design.md §6), with the rule that set it.
public struct DecisionDue: Sendable, Hashable {
  /// The last day of the timeframe (for hours: the clinic's date of `instant`).
  public let date: LocalDate
  /// Set for hour-based timeframes (expedited/urgent, WISeR).
  public let instant: Instant?
  public let rule: String
  public let source: String
  public let origin: RuleOrigin
  /// The timeframe as text: `7 days`, `72 hours`, `10 business days`.
  public let timeframe: String

  /// Overdue: as of `asOf`, the due moment has passed with no decision.
  public func isOverdue(asOf: AsOf) -> Bool {
    if let instant { return asOf.instant > instant }
    return asOf.date > date
  }

  /// `decision_due` as a record field: the date, or the instant for hours.
  public var text: String { instant?.description ?? date.description }
}

/// The payer decision timeframes (domain.md §2.1, §3, §5): CMS-0057-F for Medicare
/// Advantage and Medicaid/CHIP from 2026-01-01 (7 days, 72 hours), ERISA 29 CFR 2560.503-1
/// for commercial and, by default, marketplace plans (15 days, 72 hours), the Medicare FFS
/// programs (OPD: 10 business days until 2024-12-31, 7 calendar days from 2025-01-01,
/// expedited 2 business days; WISeR 72 hours), California Knox-Keene for DMHC plans and
/// workers' comp by state. The version in force on the submission date applies. The
/// payer's own `decision_days` (record, then its config entry) wins, counted as its
/// `decision_days_basis` says and cited as the payer's; `expedited_hours` likewise.
/// Business days skip weekends and federal holidays, never the clinic's closed days
/// (design.md §6).
public enum DecisionTimeframe {
  public static func due(
    submittedAt: Instant, urgency: Urgency, payer: Payer, cpts: [String], state: String?,
    serviceDate: LocalDate?, rules: EffectiveRules
  ) -> DecisionDue {
    let cal = rules.payerCalendar
    let submittedDate = cal.localDate(of: submittedAt)
    let expedited = urgency == .expedited
    let (standardRule, expeditedRule) = ruleIDs(payer: payer, cpts: cpts, state: state, on: serviceDate ?? submittedDate, submitted: submittedDate, rules: rules)
    let id = expedited ? expeditedRule : standardRule
    let def = rules.rule(id)!
    let payerId = payer.id
    if def.parameters["decision_hours"] != nil || def.parameters["expedited_hours"] != nil && expedited {
      let name = def.parameters["decision_hours"] != nil ? "decision_hours" : "expedited_hours"
      let record: JSONValue? = name == "expedited_hours" ? payer.expeditedHours.map { .int(Int64($0)) } : nil
      let p = rules.parameter(id, name, payer: payerId, payerOverride: record)
      let hours = Int(p.value.intValue ?? 72)
      let at = submittedAt.adding(hours: hours)
      return DecisionDue(date: cal.localDate(of: at), instant: at, rule: id, source: source(def, p.origin, payer, name, rules), origin: p.origin,
        timeframe: "\(hours) hours")
    }
    if expedited, def.parameters["expedited_business_days"] != nil {
      let p = rules.parameter(id, "expedited_business_days")
      let n = Int(p.value.intValue ?? 2)
      return DecisionDue(
        date: cal.adding(businessDays: n, to: submittedDate), instant: nil, rule: id, source: def.source, origin: p.origin,
        timeframe: "\(n) business days")
    }
    if !expedited, let own = payerDays(payer, rules: rules) {
      let business = payer.decisionDaysBasis == .business
      return DecisionDue(
        date: business ? cal.adding(businessDays: own.days, to: submittedDate) : submittedDate.adding(days: own.days),
        instant: nil, rule: id, source: source(def, own.origin, payer, "decision_days", rules), origin: own.origin,
        timeframe: business ? "\(own.days) business days" : "\(own.days) days")
    }
    if def.parameters["decision_days"] != nil {
      let p = rules.parameter(id, "decision_days")
      let days = Int(p.value.intValue ?? 15)
      return DecisionDue(date: submittedDate.adding(days: days), instant: nil, rule: id, source: def.source, origin: p.origin, timeframe: "\(days) days")
    }
    let p = rules.parameter(id, "decision_business_days")
    let n = Int(p.value.intValue ?? 10)
    return DecisionDue(
      date: cal.adding(businessDays: n, to: submittedDate), instant: nil, rule: id, source: def.source, origin: p.origin,
      timeframe: "\(n) business days")
  }

  /// The payer's own standard timeframe: `decision_days` on its record, else in its
  /// config entry.
  static func payerDays(_ payer: Payer, rules: EffectiveRules) -> (days: Int, origin: RuleOrigin)? {
    if let d = payer.decisionDays { return (d, .record(field: "decision_days")) }
    if let v = rules.config.payers[payer.id]?["decision_days"]?.intValue {
      return (Int(v), .config(path: rules.config.path ?? "-"))
    }
    return nil
  }

  /// The source a finding cites: the rule's, or the payer's when the value is the payer's
  /// (its record, or its entry in the config; not the rule's own config entry).
  static func source(_ def: RuleDefinition, _ origin: RuleOrigin, _ payer: Payer, _ name: String, _ rules: EffectiveRules) -> String {
    switch origin {
    case .record: return "payer \(payer.id)"
    case .config where rules.config.payers[payer.id]?[name] != nil: return "payer \(payer.id)"
    default: return def.source
    }
  }

  /// The (standard, expedited) rule ids for a payer, by the version in force on the
  /// submission date (`submitted`); WISeR by the service date (`date`).
  static func ruleIDs(
    payer: Payer, cpts: [String], state: String?, on date: LocalDate, submitted: LocalDate, rules: EffectiveRules
  ) -> (String, String) {
    func inForce(_ id: String) -> Bool { rules.rule(id)?.isInEffect(on: submitted) ?? false }
    switch payer.type {
    case .medicareAdvantage:
      return inForce("pa.decision.medicare_advantage.standard")
        ? ("pa.decision.medicare_advantage.standard", "pa.decision.medicare_advantage.expedited")
        : ("pa.decision.medicare_advantage.legacy", "pa.decision.medicare_advantage.legacy")
    case .medicaid:
      return inForce("pa.decision.medicaid.standard")
        ? ("pa.decision.medicaid.standard", "pa.decision.medicaid.expedited")
        : ("pa.decision.medicaid.legacy", "pa.decision.medicaid.legacy")
    case .marketplace:
      return ("pa.decision.marketplace.standard", "pa.decision.marketplace.expedited")
    case .medicare:
      if WiserAffirmation.isWiser(payer: payer, cpts: cpts, state: state, on: date, rules: rules) { return ("pa.medicare.wiser", "pa.medicare.wiser") }
      let opd = inForce("pa.decision.medicare.opd") ? "pa.decision.medicare.opd" : "pa.decision.medicare.opd.legacy"
      return (opd, opd)
    case .workersComp where state == "CA":
      return ("pa.decision.workers_comp.ca.standard", "pa.decision.workers_comp.ca.expedited")
    case .workersComp where state == "TX":
      return ("pa.decision.workers_comp.tx", "pa.decision.workers_comp.tx")
    case .workersComp:
      return ("pa.decision.workers_comp", "pa.decision.workers_comp")
    case .commercial where payer.regulator == .dmhc:
      return ("pa.decision.commercial.ca", "pa.decision.commercial.ca")
    default:
      return ("pa.decision.commercial.standard", "pa.decision.commercial.expedited")
    }
  }
}

extension DecisionTimeframe {
  /// The latest submission that could be overdue on `asOf` under any timeframe `due` can
  /// give `payer` at this `urgency`, whatever the codes, state and dates: an auth submitted
  /// at or after it is not overdue. For filtering in SQL before decoding; `due` decides.
  public static func overdueBound(payer: Payer, urgency: Urgency, asOf: AsOf, rules: EffectiveRules) -> Instant {
    let expedited = urgency == .expedited
    var ids: Set<String> = []
    // Every rule `ruleIDs` can pick for the payer's type: both sides of each cut-over
    // (OPD 2025-01-01, CMS-0057-F 2026-01-01), with and without a state that has its own
    // rules, and WISeR (which depends on the codes).
    let cutOvers = ["2024-12-31", "2025-01-01", "2025-12-31", "2026-01-01"].map(LocalDate.literal)
    for state in [nil, "CA", "TX"] as [String?] {
      for d in cutOvers {
        let (standard, exp) = ruleIDs(payer: payer, cpts: [], state: state, on: d, submitted: d, rules: rules)
        ids.insert(expedited ? exp : standard)
      }
    }
    if payer.type == .medicare { ids.insert("pa.medicare.wiser") }
    var bound: Instant?
    for id in ids {
      guard let def = rules.rule(id) else { continue }
      let b: Instant
      if def.parameters["decision_hours"] != nil || def.parameters["expedited_hours"] != nil && expedited {
        let name = def.parameters["decision_hours"] != nil ? "decision_hours" : "expedited_hours"
        let record: JSONValue? = name == "expedited_hours" ? payer.expeditedHours.map { .int(Int64($0)) } : nil
        let hours = Int(rules.parameter(id, name, payer: payer.id, payerOverride: record).value.intValue ?? 72)
        // Overdue when asOf.instant > submitted + hours.
        b = asOf.instant.adding(hours: -hours)
      } else {
        // Days, or business days (never fewer calendar days): overdue only when the
        // submission's date is before asOf.date - days.
        let n: Int
        if expedited, def.parameters["expedited_business_days"] != nil {
          n = Int(rules.parameter(id, "expedited_business_days").value.intValue ?? 2)
        } else if !expedited, let own = payerDays(payer, rules: rules) {
          n = own.days
        } else if def.parameters["decision_days"] != nil {
          n = Int(rules.parameter(id, "decision_days").value.intValue ?? 15)
        } else {
          n = Int(rules.parameter(id, "decision_business_days").value.intValue ?? 10)
        }
        // A negative count has no bound.
        let days = n >= 0 ? n : -36_500
        b = rules.calendar.startOfDay(asOf.date.adding(days: -days))
      }
      bound = bound.map { max($0, b) } ?? b
    }
    return bound ?? asOf.instant
  }
}
