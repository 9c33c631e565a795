/// The effective values of the recall rules (ShippedRecallRules, `opioid.follow_up`) and
/// settings, read once per scan from the shipped defaults and the clinic's config.
public struct RecallSettings: Sendable {
  public var withinDays: Int
  /// `opioid.follow_up` (CDC CDS IG 3-month recheck).
  public var opioidIntervalDays: Int
  /// `recall.procedure_follow_up`.
  public var reliefMinDays: Int
  public var reliefMaxDays: Int
  /// `recall.repeat_evaluation`.
  public var repeatAfterMonths: Int
  public var repeatLeadDays: Int
  /// `recall.scs_follow_up`, `recall.pump_refill`.
  public var scsIntervalDays: Int
  public var pumpIntervalDays: Int
  /// `recall.rebook`, `recall.referral`.
  public var rebookWithinDays: Int
  public var rebookLookbackDays: Int
  public var referralWithinDays: Int
  /// Setting `recall.letter_after_attempts`: failed calls before a letter.
  public var letterAfterAttempts: Int
  public var codes: RecallCodeLists
  /// Source of each reason's rule, for the records.
  public var sources: [RecallReason: String]

  public static let ruleIds: [RecallReason: String] = [
    .opioidFollowUp: "opioid.follow_up", .procedureFollowUp: "recall.procedure_follow_up",
    .repeatEvaluation: "recall.repeat_evaluation", .scsFollowUp: "recall.scs_follow_up",
    .pumpRefill: "recall.pump_refill", .patientInterval: "recall.patient_interval",
    .rebook: "recall.rebook", .referral: "recall.referral",
  ]

  public init(rules: EffectiveRules, withinDays: Int? = nil) {
    self.withinDays =
      withinDays ?? Int(rules.setting("due.within_days").value.intValue ?? Int64(DueState.defaultWithinDays))
    opioidIntervalDays = rules.int("opioid.follow_up", "interval_days")
    reliefMinDays = rules.int("recall.procedure_follow_up", "min_days")
    reliefMaxDays = rules.int("recall.procedure_follow_up", "max_days")
    repeatAfterMonths = rules.int("recall.repeat_evaluation", "after_months")
    repeatLeadDays = rules.int("recall.repeat_evaluation", "lead_days")
    scsIntervalDays = rules.int("recall.scs_follow_up", "interval_days")
    pumpIntervalDays = rules.int("recall.pump_refill", "interval_days")
    rebookWithinDays = rules.int("recall.rebook", "rebook_within_days")
    rebookLookbackDays = rules.int("recall.rebook", "lookback_days")
    referralWithinDays = rules.int("recall.referral", "schedule_within_days")
    letterAfterAttempts = Int(rules.setting("recall.letter_after_attempts").value.intValue ?? 3)
    codes = RecallCodeLists(
      relief: rules.strings("recall.procedure_follow_up", "cpts"),
      rfa: rules.strings("recall.repeat_evaluation", "cpts"),
      scs: rules.strings("recall.scs_follow_up", "cpts"),
      pump: rules.strings("recall.pump_refill", "cpts"))
    var sources: [RecallReason: String] = [:]
    for (reason, id) in RecallSettings.ruleIds { sources[reason] = rules.rule(id)?.source ?? "clinic protocol" }
    self.sources = sources
  }
}
