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

/// The payer decision timeframes (domain.md §3, §5): CMS-0057-F for Medicare Advantage
/// and Medicaid/CHIP from 2026-01-01 (7 days, 72 hours), ERISA 29 CFR 2560.503-1 for
/// commercial and, by default, marketplace plans (15 days, 72 hours), the Medicare FFS
/// programs (OPD 10/2 business days, WISeR 72 hours), California Knox-Keene and WC. The
/// payer record's `decision_days`/`expedited_hours` win over the config, which wins over
/// the shipped rule.
public enum DecisionTimeframe {
  public static func due(
    submittedAt: Instant, urgency: Urgency, payer: Payer, cpts: [String], state: String?,
    serviceDate: LocalDate?, rules: EffectiveRules
  ) -> DecisionDue {
    let cal = rules.calendar
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
      return DecisionDue(date: cal.localDate(of: at), instant: at, rule: id, source: def.source, origin: p.origin, timeframe: "\(hours) hours")
    }
    if def.parameters["decision_days"] != nil {
      let p = rules.parameter(id, "decision_days", payer: payerId, payerOverride: payer.decisionDays.map { .int(Int64($0)) })
      let days = Int(p.value.intValue ?? 15)
      return DecisionDue(date: submittedDate.adding(days: days), instant: nil, rule: id, source: def.source, origin: p.origin, timeframe: "\(days) days")
    }
    let name = expedited && def.parameters["expedited_business_days"] != nil ? "expedited_business_days" : "decision_business_days"
    // A payer's decision_days on the record still wins (as calendar days).
    if !expedited, let d = payer.decisionDays {
      return DecisionDue(date: submittedDate.adding(days: d), instant: nil, rule: id, source: def.source, origin: .record(field: "decision_days"), timeframe: "\(d) days")
    }
    let p = rules.parameter(id, name)
    let n = Int(p.value.intValue ?? 10)
    return DecisionDue(
      date: cal.adding(businessDays: n, to: submittedDate), instant: nil, rule: id, source: def.source, origin: p.origin,
      timeframe: "\(n) business days")
  }

  /// The (standard, expedited) rule ids for a payer.
  static func ruleIDs(
    payer: Payer, cpts: [String], state: String?, on date: LocalDate, submitted: LocalDate, rules: EffectiveRules
  ) -> (String, String) {
    switch payer.type {
    case .medicareAdvantage:
      return submitted >= LocalDate.literal("2026-01-01")
        ? ("pa.decision.medicare_advantage.standard", "pa.decision.medicare_advantage.expedited")
        : ("pa.decision.medicare_advantage.legacy", "pa.decision.medicare_advantage.legacy")
    case .medicaid:
      return submitted >= LocalDate.literal("2026-01-01")
        ? ("pa.decision.medicaid.standard", "pa.decision.medicaid.expedited")
        : ("pa.decision.medicaid.legacy", "pa.decision.medicaid.legacy")
    case .marketplace:
      return ("pa.decision.marketplace.standard", "pa.decision.marketplace.expedited")
    case .medicare:
      let wiser = cpts.contains { cpt in
        PriorAuthRequirement.check(
          PAContext(payer: payer, cpt: cpt, placeOfService: nil, state: state, date: date), rules: rules
        ).rule == "pa.medicare.wiser.codes"
      }
      return wiser ? ("pa.medicare.wiser", "pa.medicare.wiser") : ("pa.decision.medicare.opd", "pa.decision.medicare.opd")
    case .workersComp where state == "CA":
      return ("pa.decision.workers_comp.ca.standard", "pa.decision.workers_comp.ca.expedited")
    case .commercial where state == "CA":
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
    // Every rule `ruleIDs` can pick for the payer's type: both sides of the 2026-01-01
    // cut-over, with and without a CA state, and WISeR (which depends on the codes).
    for state in [nil, "CA"] as [String?] {
      for d in [LocalDate.literal("2025-12-31"), LocalDate.literal("2026-01-01")] {
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
        let days: Int
        if def.parameters["decision_days"] != nil {
          days = Int(rules.parameter(id, "decision_days", payer: payer.id, payerOverride: payer.decisionDays.map { .int(Int64($0)) }).value.intValue ?? 15)
        } else if !expedited, let d = payer.decisionDays {
          days = d
        } else {
          let name = expedited && def.parameters["expedited_business_days"] != nil ? "expedited_business_days" : "decision_business_days"
          let n = Int(rules.parameter(id, name).value.intValue ?? 10)
          // Backwards business days can span more calendar days: no bound.
          days = n >= 0 ? n : -36_500
        }
        b = rules.calendar.startOfDay(asOf.date.adding(days: -days))
      }
      bound = bound.map { max($0, b) } ?? b
    }
    return bound ?? asOf.instant
  }
}
