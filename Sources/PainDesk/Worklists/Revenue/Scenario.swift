/// The practice-economics scenario (revenue-model scenario): what cutting first-pass
/// denials, appealing, saving physician PA hours and refilling cancellations is worth in a
/// year, against the cost of a virtual assistant. Money in cents; rates as fractions.
public struct Scenario: Sendable, Equatable {
  public var physicians: Double
  public var proceduresPerPhysicianMonth: Double
  public var avgReimbursementCents: Double
  public var firstPassDenialBefore: Double
  public var firstPassDenialAfter: Double
  public var appealRecoveryRate: Double
  public var paHoursPerPhysicianWeekBefore: Double
  public var paHoursPerPhysicianWeekAfter: Double
  public var workingWeeks: Double
  public var cancellationFillsPerMonth: Double
  public var vaCostCentsPerMonth: Double
  /// Share of first-pass-denied revenue lost unless appealed (default 1.0).
  public var deniedRevenueLostShare: Double = 1
  /// Share of denials appealed (default 1.0).
  public var appealedShare: Double = 1
  public var physicianHourValueCents: Double?

  /// The scenario fields, in the order, with their kind of value.
  public static let fields: [(name: String, kind: FieldKind)] = [
    ("physicians", .count), ("procedures_per_physician_month", .count), ("avg_reimbursement_cents", .cents),
    ("first_pass_denial_before", .fraction), ("first_pass_denial_after", .fraction), ("appeal_recovery_rate", .fraction),
    ("pa_hours_per_physician_week_before", .count), ("pa_hours_per_physician_week_after", .count),
    ("working_weeks", .count), ("cancellation_fills_per_month", .count), ("va_cost_cents_per_month", .cents),
  ]
  public static let optionalFields: [(name: String, kind: FieldKind)] = [
    ("denied_revenue_lost_share", .fraction), ("appealed_share", .fraction), ("physician_hour_value_cents", .cents),
  ]

  public enum FieldKind: Sendable { case count, cents, fraction }

  /// Builds a scenario from field values (names as in the JSON); throws 65 naming the
  /// first missing or invalid field.
  public init(values: [String: Double]) throws(ToolkitError) {
    func req(_ n: String) throws(ToolkitError) -> Double {
      guard let v = values[n] else { throw ToolkitError(.dataError, "scenario: missing field '\(n)'") }
      return v
    }
    physicians = try req("physicians")
    proceduresPerPhysicianMonth = try req("procedures_per_physician_month")
    avgReimbursementCents = try req("avg_reimbursement_cents")
    firstPassDenialBefore = try req("first_pass_denial_before")
    firstPassDenialAfter = try req("first_pass_denial_after")
    appealRecoveryRate = try req("appeal_recovery_rate")
    paHoursPerPhysicianWeekBefore = try req("pa_hours_per_physician_week_before")
    paHoursPerPhysicianWeekAfter = try req("pa_hours_per_physician_week_after")
    workingWeeks = try req("working_weeks")
    cancellationFillsPerMonth = try req("cancellation_fills_per_month")
    vaCostCentsPerMonth = try req("va_cost_cents_per_month")
    deniedRevenueLostShare = values["denied_revenue_lost_share"] ?? 1
    appealedShare = values["appealed_share"] ?? 1
    physicianHourValueCents = values["physician_hour_value_cents"]
    for (n, kind) in Scenario.fields + Scenario.optionalFields {
      guard let v = values[n] else { continue }
      if !v.isFinite || v < 0 { throw ToolkitError(.dataError, "scenario: field '\(n)' must be a number 0 or more") }
      if kind == .fraction && v > 1 { throw ToolkitError(.dataError, "scenario: field '\(n)' must be a fraction from 0 to 1 (0.35, not 35)") }
    }
  }

  /// Field values by name (for --vary and --from-ledger).
  public var values: [String: Double] {
    var v: [String: Double] = [
      "physicians": physicians, "procedures_per_physician_month": proceduresPerPhysicianMonth,
      "avg_reimbursement_cents": avgReimbursementCents, "first_pass_denial_before": firstPassDenialBefore,
      "first_pass_denial_after": firstPassDenialAfter, "appeal_recovery_rate": appealRecoveryRate,
      "pa_hours_per_physician_week_before": paHoursPerPhysicianWeekBefore,
      "pa_hours_per_physician_week_after": paHoursPerPhysicianWeekAfter, "working_weeks": workingWeeks,
      "cancellation_fills_per_month": cancellationFillsPerMonth, "va_cost_cents_per_month": vaCostCentsPerMonth,
      "denied_revenue_lost_share": deniedRevenueLostShare, "appealed_share": appealedShare,
    ]
    if let h = physicianHourValueCents { v["physician_hour_value_cents"] = h }
    return v
  }

  public var annualProcedureRevenueCents: Double { physicians * proceduresPerPhysicianMonth * 12 * avgReimbursementCents }
  public var paEfficiencyRevenueCents: Double {
    annualProcedureRevenueCents * (firstPassDenialBefore - firstPassDenialAfter) * deniedRevenueLostShare
  }
  /// An appeal recovers only revenue that would be lost without one: the denied revenue
  /// that is lost anyway (`1 - denied_revenue_lost_share`, paid on resubmission or
  /// correction) cannot be recovered a second time.
  public var appealRecoveryRevenueCents: Double {
    annualProcedureRevenueCents * firstPassDenialAfter * deniedRevenueLostShare * appealedShare * appealRecoveryRate
  }
  public var physicianHoursRecovered: Double {
    physicians * (paHoursPerPhysicianWeekBefore - paHoursPerPhysicianWeekAfter) * workingWeeks
  }
  public var schedulingRevenueCents: Double { cancellationFillsPerMonth * avgReimbursementCents * 12 }
  public var vaCostCents: Double { vaCostCentsPerMonth * 12 }
  public var netImpactCents: Double {
    paEfficiencyRevenueCents + appealRecoveryRevenueCents + schedulingRevenueCents - vaCostCents
      + (physicianHourValueCents.map { $0 * physicianHoursRecovered } ?? 0)
  }

  /// The lost share a claimed gain implies: claimed / (annual x (before - after)).
  public static func impliedLostShare(claimedCents: Double, annualCents: Double, before: Double, after: Double) -> Double? {
    let base = annualCents * (before - after)
    return base > 0 ? claimedCents / base : nil
  }
}
