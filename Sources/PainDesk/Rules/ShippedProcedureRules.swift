/// Coverage criteria and frequency limits of the interventional procedures
/// (domain.md §1). Relief and durations are percentages and whole months/weeks.
extension ShippedRules {
  static let procedures: [RuleDefinition] = [
    // ESI: multi-MAC ESI LCD family (L39240/L39242, L33906/A56651), domain.md §1.2 [S].
    RuleDefinition(
      "esi.frequency", "ESI sessions per spinal region per rolling window",
      p(["max_sessions": 4, "window_months": 12]), source: "LCD L39240", .secondary),
    RuleDefinition(
      "esi.repeat", "ESI repeat needs sustained relief from the prior session",
      p(["min_relief_pct": 50, "min_relief_months": 3]), source: "LCD L39240", .secondary,
      note: "50% pain or function; the duration is unconfirmed in the summaries (default 3 months)"),
    RuleDefinition(
      "esi.first", "First ESI: duration, failed conservative care, imaging, baseline scores",
      p([
        "min_pain_weeks": 4, "requires_failed_conservative_care": true,
        "requires_concordant_imaging": true, "requires_baseline_scores": true,
      ]), source: "LCD L39240", .secondary),
    RuleDefinition(
      "esi.levels", "ESI levels per session (one spinal region)",
      p(["max_transforaminal_levels": 2, "max_interlaminar_levels": 1]),
      source: "LCD L39240", .secondary),

    // Facet joint interventions: CGS OPD PA criteria and RFA pathway, LCD L38773 [C].
    RuleDefinition(
      "facet.mbb.first", "First medial branch block: duration, failed care, no radiculopathy",
      p([
        "min_pain_months": 3, "requires_failed_conservative_care": true,
        "excludes_untreated_radiculopathy": true,
      ]), source: "LCD L38773", .confirmed),
    RuleDefinition(
      "facet.mbb.second", "Second medial branch block needs relief from the first",
      p(["min_relief_pct": 80]), source: "LCD L38773", .confirmed),
    RuleDefinition(
      "facet.rfa.first", "First facet RFA: two consecutive MBBs at the same level",
      p([
        "required_blocks": 2, "min_relief_pct": 80, "same_level": true,
        "same_pain_scale": true, "requires_baseline_function": true,
      ]), source: "LCD L38773", .confirmed),
    RuleDefinition(
      "facet.rfa.repeat", "Repeat facet RFA: interval, prior relief, sessions per window",
      p([
        "min_months_since_last": 6, "min_relief_pct": 50, "min_relief_weeks": 12,
        "max_sessions": 2, "window_months": 12,
      ]), source: "eviCore CMM-208", .unconfirmed,
      note: "Medicare LCD text not retrieved; some policies want relief for 6 months"),
    RuleDefinition(
      "facet.therapeutic", "Therapeutic facet injections per region per rolling window",
      p([
        "max_sessions": 4, "window_months": 12, "repeat_min_relief_pct": 50,
        "repeat_min_relief_months": 3,
      ]), source: "LCD L38773", .secondary),

    // Sacroiliac joint: LCDs L39402/L39455/L39475/L39383 summaries [S].
    RuleDefinition(
      "sij.criteria", "SI joint injection criteria",
      p([
        "min_pain_months": 3, "min_provocative_tests": 3, "min_conservative_weeks": 4,
        "diagnostic_min_relief_pct": 75, "therapeutic_min_relief_pct": 50,
        "therapeutic_min_relief_months": 3,
      ]), source: "LCD L39402", .secondary),
    RuleDefinition(
      "sij.frequency", "SI joint sessions per rolling window",
      p(["max_diagnostic": 2, "max_therapeutic": 4, "window_months": 12]),
      source: "LCD L39402", .secondary),
    RuleDefinition(
      "sij.rfa", "SI joint RFA is not covered",
      p(["noncovered_cpts": ["64625"]]), source: "LCD L39402", .secondary),

    // Spinal cord stimulation: NCD 160.7 and article A56876 (L37632) [C].
    RuleDefinition(
      "scs.trial", "SCS trial: psychological evaluation cleared, trials per region per lifetime",
      p(["requires_psych_eval": true, "max_trials_per_region": 2]),
      source: "NCD 160.7; A56876", .confirmed,
      note: "a trial is a procedure with purpose scs_trial"),
    RuleDefinition(
      "scs.implant", "SCS implant needs a successful trial: 50% less pain or 50% less analgesic",
      p(["min_relief_pct": 50, "min_analgesic_reduction_pct": 50]),
      source: "LCD L35136; NGS/Noridian SCS documentation requirements", .confirmed,
      note: "record the trial's relief_pct or analgesic_reduction_pct"),

    // Intrathecal pump: NCD 280.14 governs; trial details are payer policy [U].
    RuleDefinition(
      "pump.trial", "Intrathecal pump implant needs a psychological evaluation and a successful trial",
      p(["requires_trial": true, "requires_psych_eval": true, "min_relief_pct": 50, "trial_window_months": 12]),
      source: "NCD 280.14", .unconfirmed,
      note: "trial, psychological evaluation and relief threshold from payer policies; a trial is a procedure with purpose intrathecal_trial"),

    // Vertebral augmentation: LCDs L33569/L34106/L38201 summaries [S].
    RuleDefinition(
      "va.criteria", "Vertebral augmentation: imaging-confirmed fracture, pain score, levels",
      p([
        "requires_imaging": true, "imaging_within_days": 90, "min_pain_score": 5,
        "min_pain_score_hospitalized": 8, "max_levels": 3,
      ]), source: "LCD L33569", .secondary,
      note: "refer for BMD evaluation; more than 3 fractures per procedure is a relative contraindication"),

    // What every request needs on paper: a diagnosis code to send (X12 278 / Da Vinci PAS).
    RuleDefinition(
      "pa.request.complete", "A request carries ICD-10-CM codes and a region for spinal codes",
      p(["requires_icd10": true]), source: "X12 005010X217", .confirmed),
  ]
}
