/// Recall and cancellation-fill protocol (domain.md §1, §6; design.md §6). The chronic
/// opioid interval reuses `opioid.follow_up` (CDC CDS IG 3-month recheck); the rest are
/// the clinic's protocol and ship as unconfirmed configurable defaults.
extension ShippedRules {
  /// ESI, medial branch block and facet RFA codes (domain.md §1.1).
  static let reliefFollowUpCPTs: [JSONValue] = [
    "62321", "62323", "64479", "64480", "64483", "64484", "64490", "64491", "64492", "64493",
    "64494", "64495", "64633", "64634", "64635", "64636",
  ]

  static let recall: [RuleDefinition] = [
    RuleDefinition(
      "recall.procedure_follow_up", "Follow-up visit after an interventional procedure to record relief",
      p(["min_days": 14, "max_days": 28, "cpts": .array(reliefFollowUpCPTs)]),
      source: "clinic protocol", .unconfirmed,
      note: "2-4 weeks; relief feeds the repeat criteria of esi.repeat and facet.rfa.repeat"),
    RuleDefinition(
      "recall.repeat_evaluation", "Re-evaluation when a repeat facet RFA becomes possible",
      p(["after_months": 6, "lead_days": 30, "cpts": ["64633", "64634", "64635", "64636"]]),
      source: "eviCore CMM-208", .unconfirmed,
      note: "the facet.rfa.repeat interval; a visit from lead_days before counts"),
    RuleDefinition(
      "recall.scs_follow_up", "Spinal cord stimulator follow-up visit",
      p(["interval_days": 180, "cpts": ["63650", "63655", "63685", "63688"]]),
      source: "clinic protocol", .unconfirmed),
    RuleDefinition(
      "recall.pump_refill", "Intrathecal pump refill",
      p(["interval_days": 90, "cpts": ["62362", "62367", "62368", "62369", "62370", "95990", "95991"]]),
      source: "clinic protocol", .unconfirmed, note: "the refill interval depends on the reservoir and the dose"),
    RuleDefinition(
      "recall.patient_interval", "The patient's own recall interval",
      p(["field": "recall_interval_days"]), source: "patient record", .unconfirmed),
    RuleDefinition(
      "recall.rebook", "Rebook a no-show or a cancellation",
      p(["rebook_within_days": 7, "lookback_days": 90]), source: "clinic protocol", .unconfirmed),
    RuleDefinition(
      "recall.referral", "Schedule a referral's first visit",
      p(["schedule_within_days": 14]), source: "clinic protocol", .unconfirmed),
    RuleDefinition(
      "fill.duration", "Minutes an appointment type needs, when the waitlist entry does not say",
      p([
        "new_patient": 60, "follow_up": 20, "procedure": 45, "uds": 15, "pump_refill": 30,
        "telehealth": 20,
      ]), source: "clinic protocol", .unconfirmed),
  ]
}
