/// Where Medicare FFS requires prior authorization, and how long payers have to decide
/// (domain.md §2, §3, §5.5). Decision parameters are named like the payer record's
/// fields (`decision_days`, `expedited_hours`, `pa_required_cpts`), so a payer record or
/// a payer's config entry overrides them by the same name.
extension ShippedRules {
  static let priorAuthorization: [RuleDefinition] = [
    // Medicare hospital outpatient department PA program (42 CFR 419.80-419.89) [C].
    RuleDefinition(
      "pa.medicare.opd.scs", "Medicare hospital outpatient PA: spinal neurostimulators",
      p(["pa_required_cpts": ["63650"], "places_of_service": ["19", "22"]]),
      from: .literal("2021-07-01"), source: "42 CFR 419.83", .confirmed),
    RuleDefinition(
      "pa.medicare.opd.facet", "Medicare hospital outpatient PA: facet joint interventions",
      p([
        "pa_required_cpts": [
          "64490", "64491", "64492", "64493", "64494", "64495",
          "64633", "64634", "64635", "64636",
        ],
        "places_of_service": ["19", "22"],
      ]), from: .literal("2023-07-01"), source: "42 CFR 419.83", .confirmed),
    // Review time: 10 business days until 2024-12-31 (CGS, July 2023); 7 calendar days
    // from 2025-01-01, expedited still 2 business days (CMS-1809-FC; CGS notice
    // cope168401, 2024-12-10). The version in force on the submission date applies.
    RuleDefinition(
      "pa.decision.medicare.opd.legacy", "Medicare hospital outpatient PA review time before 2025",
      p(["decision_business_days": 10, "expedited_business_days": 2]),
      from: .literal("2020-07-01"), source: "CMS-1717-FC", .confirmed),
    RuleDefinition(
      "pa.decision.medicare.opd", "Medicare hospital outpatient PA review time",
      p(["decision_days": 7, "expedited_business_days": 2]),
      from: .literal("2025-01-01"), source: "CMS-1809-FC", .confirmed,
      note: "7 calendar days standard; expedited stays 2 business days"),

    // WISeR model, CMS-5056-N (90 FR 28749) [C]; its ESI code list is [S].
    RuleDefinition(
      "pa.medicare.wiser", "WISeR model prior authorization (traditional Medicare)",
      p([
        "states": ["AZ", "NJ", "OH", "OK", "TX", "WA"], "start_date": "2026-01-15",
        "end_date": "2031-12-31", "decision_hours": 72, "affirmation_valid_days": 120,
      ]), from: .literal("2026-01-15"), source: "CMS-5056-N", .confirmed,
      note: "all settings (POS 11, 12, 19, 22, 24); Medicare Advantage patients are not affected"),
    RuleDefinition(
      "pa.medicare.wiser.codes", "WISeR codes: epidural steroid injections",
      p(["pa_required_cpts": ["62321", "62323", "64479", "64480", "64483", "64484"]]),
      from: .literal("2026-01-15"), source: "CMS-5056-N", .secondary,
      note: "from the WISeR provider guide App. A as quoted by a practice blog"),

    // Payer decision timeframes. CMS-0057-F (89 FR 8758) from 2026-01-01 [C].
    RuleDefinition(
      "pa.decision.medicare_advantage.standard", "Medicare Advantage standard PA decision",
      p(["decision_days": 7]), from: .literal("2026-01-01"), source: "CMS-0057-F", .confirmed),
    RuleDefinition(
      "pa.decision.medicare_advantage.expedited", "Medicare Advantage expedited PA decision",
      p(["expedited_hours": 72]), from: .literal("2026-01-01"), source: "CMS-0057-F", .confirmed),
    RuleDefinition(
      "pa.decision.medicaid.standard", "Medicaid and CHIP (FFS and managed care) standard PA decision",
      p(["decision_days": 7]), from: .literal("2026-01-01"), source: "CMS-0057-F", .confirmed),
    RuleDefinition(
      "pa.decision.medicaid.expedited", "Medicaid and CHIP (FFS and managed care) expedited PA decision",
      p(["expedited_hours": 72]), from: .literal("2026-01-01"), source: "CMS-0057-F", .confirmed),
    // ERISA claims procedure, 29 CFR 2560.503-1 [C].
    RuleDefinition(
      "pa.decision.commercial.standard", "Commercial (ERISA) pre-service decision",
      p(["decision_days": 15]), source: "29 CFR 2560.503-1", .confirmed,
      note: "a 15-day extension is allowed"),
    RuleDefinition(
      "pa.decision.commercial.expedited", "Commercial (ERISA) urgent decision",
      p(["expedited_hours": 72]), source: "29 CFR 2560.503-1", .confirmed),
    // Marketplace QHPs are excluded from CMS-0057-F's timeframes; we default to ERISA's.
    RuleDefinition(
      "pa.decision.marketplace.standard", "Marketplace (QHP) pre-service decision",
      p(["decision_days": 15]), source: "29 CFR 2560.503-1", .unconfirmed,
      note: "CMS-0057-F timeframes exclude QHPs on the FFEs; ERISA's value used as a default"),
    RuleDefinition(
      "pa.decision.marketplace.expedited", "Marketplace (QHP) urgent decision",
      p(["expedited_hours": 72]), source: "29 CFR 2560.503-1", .unconfirmed,
      note: "CMS-0057-F timeframes exclude QHPs on the FFEs; ERISA's value used as a default"),
    // State law: California Knox-Keene plans, H&S 1367.01(h) [C]; only plans the DMHC
    // regulates (payer `regulator` dmhc), never a self-funded ERISA plan.
    RuleDefinition(
      "pa.decision.commercial.ca", "California commercial (Knox-Keene) PA decision",
      p(["decision_business_days": 5, "expedited_hours": 72]),
      source: "CA H&S 1367.01", .confirmed, note: "for payers whose regulator is dmhc"),
    // California workers' comp utilization review, 8 CCR 9792.9.1 [C].
    RuleDefinition(
      "pa.decision.workers_comp.ca.standard", "California workers' comp prospective UR decision",
      p(["decision_business_days": 5, "max_days_with_information_request": 14]),
      source: "8 CCR 9792.9.1", .confirmed,
      note: "counted from receipt of the DWC Form RFA; after 5:30 pm Pacific it is the next business day"),
    RuleDefinition(
      "pa.decision.workers_comp.ca.expedited", "California workers' comp expedited UR decision",
      p(["expedited_hours": 72]), source: "8 CCR 9792.9.1", .confirmed),
    // Texas workers' comp preauthorization, 28 TAC 134.600: three working days from
    // receipt of the request (the day of receipt excluded) [C].
    RuleDefinition(
      "pa.decision.workers_comp.tx", "Texas workers' comp preauthorization decision",
      p(["decision_business_days": 3]), source: "28 TAC 134.600", .confirmed),
    // Other states' workers' comp: state law, never ERISA; the payer record says.
    RuleDefinition(
      "pa.decision.workers_comp", "Workers' comp utilization review decision (other states)",
      p(["decision_days": 14, "expedited_hours": 72]), source: "state workers' comp law", .unconfirmed,
      note: "set decision_days and decision_days_basis on the carrier's payer record"),

    // Before CMS-0057-F: MA organization determinations within 14 days (42 CFR 422.572) [C].
    RuleDefinition(
      "pa.decision.medicare_advantage.legacy", "Medicare Advantage PA decision before 2026",
      p(["decision_days": 14, "expedited_hours": 72]), source: "42 CFR 422.572", .confirmed),
    RuleDefinition(
      "pa.decision.medicaid.legacy", "Medicaid managed care PA decision before 2026",
      p(["decision_days": 14, "expedited_hours": 72]), source: "42 CFR 438.210", .unconfirmed),
    // Payers other than Medicare FFS: which codes need a PA when neither the payer record
    // nor the config lists them (payer policy; the clinic's config wins).
    RuleDefinition(
      "pa.payer.default", "Codes a non-Medicare payer reviews by default",
      p([
        "pa_required_families": [
          "esi_interlaminar", "esi_transforaminal", "facet_injection", "facet_rfa", "sij_injection",
          "sij_rfa", "scs", "intrathecal_pump", "pns", "vertebral_augmentation",
        ],
        "exempt_cpts": ["62367", "62368", "62369", "62370"],
      ]), source: "payer policy", .unconfirmed,
      note: "set pa_required_cpts on the payer record or in the config's payers entry"),
  ]
}
