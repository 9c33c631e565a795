/// Opioid prescribing, PDMP, urine drug screens and refills (domain.md §6, §7, §8, §9).
extension ShippedRules {
  static let cdc2022 = LocalDate.literal("2022-11-04")  // MMWR RR 71(3)

  static let controlledSubstances: [RuleDefinition] = [
    RuleDefinition(
      "mme.table", "MME conversion factors", p(["table": "cdc_2022"]),
      from: cdc2022, source: "CDC 2022 Table", .confirmed,
      note: "CDC 2022 clinical factors (section 6.1); one table per report"),
    RuleDefinition(
      "mme.signals", "MME signals: reassess and offer naloxone, taper, opioid with benzodiazepine",
      p([
        "reassess_mme": 50, "naloxone_mme": 50, "taper_mme": 90,
        "flag_opioid_benzodiazepine": true,
      ]), from: cdc2022, source: "CDC CDS IG", .confirmed),
    RuleDefinition(
      "pdmp.interval", "PDMP check before the first controlled-substance Rx and periodically",
      p(["interval_days": 90]), from: cdc2022, source: "CDC 2022 Rec 9", .confirmed,
      note: "a state's mandate replaces it (pdmp.interval.<state>: every state and DC)"),
    RuleDefinition(
      "naloxone.offer", "Naloxone offered or prescribed when MME/day reaches mme.signals naloxone_mme or an opioid is taken with a benzodiazepine",
      p(["lookback_months": 12]), from: cdc2022, source: "CDC 2022 Rec 8", .unconfirmed,
      note: "the trigger is CDC 2022 Rec 8 (CDS IG); how recent an offer or naloxone prescription must be is the clinic's choice"),
    RuleDefinition(
      "pdmp.result", "PDMP result: an inconsistent report reaches the prescriber before any refill; an unavailable PDMP is documented and warned about",
      p(["block_inconsistent": true, "warn_unavailable": true]), from: cdc2022, source: "CDC 2022 Rec 9", .confirmed,
      note: "the latest check's result (consistent, inconsistent, unavailable)"),
    RuleDefinition(
      "pdmp.interval.ca", "California CURES check: every 6 months, report at most 1 business day old",
      p(["interval_months": 6, "max_report_age_business_days": 1]),
      source: "CA H&S 11165.4", .confirmed,
      note: "before the first Schedule II-IV Rx with a 12-month history"),
    // Other state mandates of domain.md §9.1, each replacing `pdmp.interval` in its state;
    // a clinic tunes them under the same ids in its config (`rules.pdmp.interval.al`...).
    RuleDefinition(
      "pdmp.interval.al", "Alabama PDMP: twice a year above 30 MME/day, before every prescription above 90",
      p(["min_mme": 30, "interval_days": 183, "every_rx_mme": 90]),
      source: "PDMP TTAC mandatory query table (2021-11-30)", .confirmed,
      note: "hospice, nursing home and active cancer exemptions are not modelled (no record carries them); at or below min_mme pdmp.interval applies"),
    RuleDefinition(
      "pdmp.interval.az", "Arizona PDMP: at the start of each new course of Schedule II-IV opioid or benzodiazepine treatment, then quarterly",
      p(["interval_days": 90, "check_new_course": true]),
      source: "Pew 2018 (PDMP TTAC)", .secondary,
      note: "a new course: no active prescription of the same ingredient the day before; the workers' comp 2-business-day rule is not modelled"),
    RuleDefinition(
      "pdmp.interval.ak", "Alaska PDMP: before prescribing Schedule II or III",
      p(["each_rx": true, "schedules": ["cii", "ciii"]]),
      source: "PDMP TTAC mandatory query table (2021-11-30)", .confirmed,
      note: "a check after the previous such prescription, within pdmp.interval; other schedules follow pdmp.interval"),
    RuleDefinition(
      "uds.interval.low", "UDS interval, low risk (clinic protocol)",
      p(["interval_days": 365]), source: "clinic protocol", .unconfirmed),
    RuleDefinition(
      "uds.interval.moderate", "UDS interval, moderate risk (clinic protocol)",
      p(["interval_days": 180]), source: "clinic protocol", .unconfirmed),
    RuleDefinition(
      "uds.interval.high", "UDS interval, high risk (clinic protocol)",
      p(["interval_days": 90]), source: "clinic protocol", .unconfirmed),
    RuleDefinition(
      "uds.medicare_cap.moderate", "Medicare UDS cap, moderate risk, per rolling window",
      p(["max_presumptive": 2, "max_definitive": 2, "window_days": 180]),
      source: "LCD L39981", .secondary, note: "other MACs' caps may differ"),
    RuleDefinition(
      "uds.medicare_cap.high", "Medicare UDS cap, high risk, per rolling window",
      p(["max_presumptive": 3, "max_definitive": 3, "window_days": 90]),
      source: "LCD L39981", .secondary, note: "other MACs' caps may differ"),
    RuleDefinition(
      "uds.medicare_cap.low", "Medicare UDS cap, low risk, per rolling window",
      p(["max_presumptive": 1, "max_definitive": 1, "window_days": 365]),
      source: "LCD L39981", .unconfirmed, note: "likely 1 presumptive + 1 definitive per rolling 365 days; not confirmed in the LCD text"),
    RuleDefinition(
      "uds.unexpected_result", "Unexpected UDS result: flag for physician review",
      p(["flag_prescribed_absent": true, "flag_unprescribed_present": true, "lookback_months": 12]),
      from: cdc2022, source: "CDC CDS IG", .confirmed),
    RuleDefinition(
      "refill.schedule_ii", "Schedule II: no refills; multiple Rx up to a total supply",
      p(["max_refills": 0, "max_multiple_rx_days": 90]), source: "21 CFR 1306.12", .confirmed),
    RuleDefinition(
      "refill.schedule_iii_iv", "Schedule III-IV: refills and months after issue",
      p(["max_refills": 5, "max_months": 6]), source: "21 CFR 1306.22", .confirmed),
    RuleDefinition(
      "refill.early", "Early refill threshold: share of days' supply elapsed",
      p(["min_elapsed_pct": 80]), source: "clinic agreement", .unconfirmed,
      note: "payer, PBM and clinic-agreement norm (75-80%)"),
    RuleDefinition(
      "opioid.follow_up", "Chronic opioid therapy follow-up visit",
      p(["interval_days": 90]), from: cdc2022, source: "CDC CDS IG", .confirmed,
      note: "3-month recheck"),
    RuleDefinition(
      "rx.payer_pa", "Drugs a payer requires prior authorization for (specialty pharmacy)",
      p(["pa_required_drugs": [""]]), source: "payer policy", .unconfirmed,
      note: "set per payer in the config (payers.ID.pa_required_drugs); the shipped list is empty (one blank placeholder)"),
    RuleDefinition(
      "ort.bands", "Opioid Risk Tool bands: 0-3 low, 4-7 moderate, 8+ high",
      p(["low_max": 3, "moderate_max": 7]), source: "Webster 2005", .confirmed),
  ] + pdmpStateMandates
}
