/// Appeal filing windows (domain.md §5). Day windows are named `appeal_window_days` like
/// the payer record's field, so a payer overrides them by that name. Deadlines are
/// calendar dates, never moved to a business day (design.md §6, `Deadline`).
extension ShippedRules {
  static let appeals: [RuleDefinition] = [
    RuleDefinition(
      "appeal.window.medicare.redetermination", "Medicare redetermination (level 1) filing window",
      p(["appeal_window_days": 120, "presumed_receipt_days": 5]),
      source: "42 CFR 405.942", .confirmed,
      note: "counted from receipt, presumed 5 days after the notice date"),
    RuleDefinition(
      "appeal.window.medicare.reconsideration", "Medicare reconsideration (QIC, level 2) filing window",
      p(["appeal_window_days": 180]), source: "42 CFR 405.962", .confirmed),
    // Levels 3-5 (domain.md §5.1): 60 days from receipt of the previous decision, receipt
    // presumed 5 days after its date; ALJ and federal court need a minimum amount in
    // controversy, which changes every January (dated: 2025 values; 2026 unconfirmed).
    RuleDefinition(
      "appeal.window.medicare.alj", "Medicare ALJ hearing (OMHA, level 3) filing window",
      p(["appeal_window_days": 60, "presumed_receipt_days": 5, "amount_in_controversy_cents": 19_000]),
      from: .literal("2025-01-01"), source: "42 CFR 405.1014", .confirmed,
      note: "from receipt of the QIC reconsideration; amount in controversy $190 for 2025, set the year's figure in the config"),
    RuleDefinition(
      "appeal.window.medicare.council", "Medicare Appeals Council review (level 4) filing window",
      p(["appeal_window_days": 60, "presumed_receipt_days": 5]), source: "42 CFR 405.1102", .confirmed,
      note: "from receipt of the ALJ decision"),
    RuleDefinition(
      "appeal.window.medicare.federal_court", "Federal district court review (level 5) filing window",
      p(["appeal_window_days": 60, "presumed_receipt_days": 5, "amount_in_controversy_cents": 190_000]),
      from: .literal("2025-01-01"), source: "42 CFR 405.1136", .confirmed,
      note: "from receipt of the Council's decision; amount in controversy $1,900 for 2025, set the year's figure in the config"),
    RuleDefinition(
      "appeal.medicare_advantage.ire", "Medicare Advantage: an upheld reconsideration goes to the IRE",
      p(["provider_deadline": false]), source: "42 CFR 422.592", .confirmed,
      note: "the plan forwards the case itself; tracked with no provider deadline"),
    RuleDefinition(
      "appeal.window.medicare_advantage.reconsideration", "Medicare Advantage reconsideration filing window",
      p(["appeal_window_days": 65]), source: "42 CFR 422.582", .confirmed,
      note: "from the notice date (60 days from receipt presumed 5 days after it)"),
    RuleDefinition(
      "appeal.window.commercial.internal", "ERISA internal appeal filing window",
      p(["appeal_window_days": 180]), source: "29 CFR 2560.503-1", .confirmed),
    RuleDefinition(
      "appeal.window.marketplace.internal", "ACA (PHS Act 2719) internal appeal filing window",
      p(["appeal_window_days": 180]), source: "PHS Act 2719", .confirmed),
    RuleDefinition(
      "appeal.window.external_review", "External review (federal process) filing window",
      p(["window_months": 4]), source: "PHS Act 2719", .confirmed,
      note: "from the final internal denial; a missing day rolls to the 1st of the next month"),
    RuleDefinition(
      "appeal.window.medicaid.plan_appeal", "Medicaid managed care plan appeal filing window",
      p(["appeal_window_days": 60]), source: "42 CFR 438.402(c)(2)(ii)", .confirmed,
      note: "from the notice date"),
    RuleDefinition(
      "appeal.window.medicaid.state_fair_hearing", "Medicaid managed care State fair hearing request window",
      p(["appeal_window_days": 120]), source: "42 CFR 438.408(f)(2)", .confirmed,
      note: "from the plan's notice of resolution of the appeal"),
    RuleDefinition(
      "appeal.window.workers_comp.ca.imr", "California workers' comp IMR application window",
      p(["appeal_window_days": 30]), source: "8 CCR 9792.10.1", .confirmed,
      note: "from service of the UR decision"),
    RuleDefinition(
      "appeal.window.other", "Appeal filing window of other payers (auto no-fault, TRICARE, other states' workers' comp)",
      p(["appeal_window_days": 60]), source: "payer policy", .unconfirmed,
      note: "from the notice date; set the payer's appeal_window_days"),
    RuleDefinition(
      "appeal.peer_to_peer.window", "Peer-to-peer review window after a denial",
      p(["p2p_window_days": 0]), source: "payer policy", .unconfirmed,
      note: "from the notice date; 0 = not offered unless the payer record or config sets p2p_window_days"),
    RuleDefinition(
      "appeal.route.resubmission", "Corrected resubmission instead of an appeal",
      p(["rarc": ["N704", "MA130"]]), source: "X12 RARC N704, MA130; 42 CFR 419.82", .confirmed,
      note: "unprocessable claims and Medicare OPD/WISeR non-affirmations are resubmitted, not appealed"),
  ]
}
