/// Office deadlines: the HIPAA right of access and the clinic's own protocol defaults,
/// which have no public source and ship as unconfirmed configurable defaults.
extension ShippedRules {
  static let clinicProtocol: [RuleDefinition] = [
    RuleDefinition(
      "records.request.response", "Right of access: respond to a records request",
      p(["response_days": 30]), from: .literal("2003-04-14"), source: "45 CFR 164.524",
      .secondary, note: "from a secondary summary of the rule; check 45 CFR 164.524(b)(2)"),
    RuleDefinition(
      "agreement.validity", "Opioid treatment agreement validity",
      p(["valid_months": 12]), source: "clinic protocol", .unconfirmed),
    RuleDefinition(
      "uds.review", "UDS result reviewed by a physician after it arrives",
      p(["within_days": 7]), source: "clinic protocol", .unconfirmed),
    RuleDefinition(
      "rx.pickup_confirmation", "Prescription pickup confirmed after the fill",
      p(["within_days": 7]), source: "clinic protocol", .unconfirmed),
  ]
}
