/// The back office: intake follow-ups, coverage verification, injury cases and records
/// requests. The HIPAA rules cite their CFR sections; the rest is clinic protocol and
/// ships as unconfirmed configurable defaults. The patient's right of access reuses
/// `records.request.response` (45 CFR 164.524) and California UR reuses
/// `pa.decision.workers_comp.ca.standard` (8 CCR 9792.9.1).
extension ShippedRules {
  static let backOffice: [RuleDefinition] = [
    RuleDefinition(
      "intake.follow_up", "Follow up on an intake packet or a prior-records request",
      p(["after_days": 7]), source: "clinic protocol", .unconfirmed,
      note: "counted from the packet's status_on (else received_on) or the request's requested_on"),
    RuleDefinition(
      "coverage.verification", "Verify coverage before a visit",
      p(["verified_within_days": 30, "within_days": 7]), source: "clinic protocol", .unconfirmed,
      note: "eligibility verified within verified_within_days before --as-of, for visits within within_days"),
    RuleDefinition(
      "coverage.injury_case", "Bill a workers' comp or auto no-fault visit to an open case",
      p(["needs": ["claim_number", "injury_date", "contact"]]), source: "carrier billing rules", .unconfirmed,
      note: "claim number, injury date and an adjuster or TPA contact on an open case"),
    RuleDefinition(
      "coverage.injury_authorization", "A carrier's authorization before an injury-case procedure",
      p(["default_decision_days": 15]), source: "carrier utilization review", .unconfirmed,
      note: "California uses pa.decision.workers_comp.ca.standard (5 business days from the RFA)"),
    RuleDefinition(
      "records.request.third_party", "Respond to a records request from a third party",
      p(["response_days": 30]), source: "clinic protocol", .unconfirmed,
      note: "set per clinic; a due_on on the request wins"),
    RuleDefinition(
      "records.request.authorization", "A HIPAA authorization before releasing records to a third party",
      p(["parties": ["attorney", "employer", "insurer"]]), source: "45 CFR 164.508", .secondary,
      note: "SSA disability requests carry their own form SSA-827"),
  ]
}
