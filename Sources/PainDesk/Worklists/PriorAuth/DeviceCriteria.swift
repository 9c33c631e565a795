// SI joint (LCD L39402 family [S]), SCS (NCD 160.7, A56876 [C]), intrathecal pump
// (NCD 280.14 [U]) and vertebral augmentation (LCD L33569 family [S]).
extension CriteriaContext {
  mutating func sijInjection() {
    let rule = "sij.criteria"
    let sessions = priorSessions({ $0 == .sijInjection }, region: nil)
    durationAndCare(
      rule: rule, months: rules.int(rule, "min_pain_months"), region: .sij,
      careDays: 7 * rules.int(rule, "min_conservative_weeks"))
    let tests = rules.int(rule, "min_provocative_tests")
    add(rule, .warn, "the ledger does not record provocative tests: attach the exam note showing at least \(tests)")
    let freq = "sij.frequency"
    let total = rules.int(freq, "max_diagnostic") + rules.int(freq, "max_therapeutic")
    frequency(rule: freq, sessions: sessions, max: total, months: rules.int(freq, "window_months"), what: "SI joint sessions")
    guard let last = sessions.first else { return }
    // The first sessions are diagnostic (>= 75%); later ones therapeutic (>= 50% for 3 months).
    if sessions.count < rules.int(freq, "max_diagnostic") {
      priorRelief(rule: rule, last: last, minPct: rules.int(rule, "diagnostic_min_relief_pct"), minSpan: nil, what: "diagnostic SI joint injection")
    } else {
      priorRelief(
        rule: rule, last: last, minPct: rules.int(rule, "therapeutic_min_relief_pct"),
        minSpan: rules.span(rule, "therapeutic_min_relief_months"), what: "SI joint injection")
    }
  }

  mutating func sijRFA() {
    let codes = rules.strings("sij.rfa", "noncovered_cpts")
    for item in auth.items where codes.contains(item.cpt) {
      add("sij.rfa", .block, "line \(item.seq): \(item.cpt) (SI joint RFA) is not covered under the SI joint LCDs")
    }
  }

  mutating func scs() {
    let cpts = Set(auth.items.map(\.cpt))
    let trials = performedTrials(.scsTrial)
    let implant = intent == "implant" || (intent != "trial" && (cpts.contains("63685") || cpts.contains("63655")))
    if implant {
      let rule = "scs.implant"
      guard let last = trials.first else {
        add(rule, .block, "no SCS trial recorded; a permanent implant needs a successful trial")
        return
      }
      // At least 50% less pain, or 50% less analgesic use, in the trial.
      let minAnalgesic = rules.int(rule, "min_analgesic_reduction_pct")
      if let less = last.analgesicReductionPct, less >= minAnalgesic {
        add(rule, nil, "SCS trial (\(last.id)) cut analgesic use by \(less)% (at least \(minAnalgesic)%)", [EvidenceRef(.procedure, last.id)])
        return
      }
      priorRelief(rule: rule, last: last, minPct: rules.int(rule, "min_relief_pct"), minSpan: nil, what: "SCS trial")
      return
    }
    guard cpts.contains("63650") else { return }
    let rule = "scs.trial"
    psychEvaluation(rule: rule, before: "a trial")
    let region = auth.items.first { $0.cpt == "63650" }?.region?.frequencyRegion
    let sameRegion = trials.filter { region == nil || CriteriaContext.region(of: $0) == region || $0.region == nil }
    let max = rules.int(rule, "max_trials_per_region")
    if sameRegion.count >= max {
      add(rule, .block, "\(sameRegion.count) SCS trials already recorded in the region; the limit is \(max) per lifetime", sameRegion.map { EvidenceRef(.procedure, $0.id) })
    } else {
      add(rule, nil, "\(sameRegion.count) earlier SCS trial(s) in the region (limit \(max) per lifetime)", sameRegion.map { EvidenceRef(.procedure, $0.id) })
    }
  }

  mutating func pump() {
    let implantCodes: Set<String> = ["62360", "62361", "62362"]
    guard auth.items.contains(where: { implantCodes.contains($0.cpt) }) else { return }
    let rule = "pump.trial"
    psychEvaluation(rule: rule, before: "an intrathecal pump")
    guard rules.bool(rule, "requires_trial") else { return }
    // Only a procedure recorded as an intrathecal trial is one: an epidural injection
    // billed with the same 62320-62327 codes is not.
    let w = RollingWindow.months(rules.int(rule, "trial_window_months"), endingOn: serviceDate)
    let trials = performedTrials(.intrathecalTrial).filter { p in LocalDate(p.date).map(w.contains) ?? false }
    guard let last = trials.first else {
      add(rule, .block, "no intrathecal trial recorded in the \(rules.int(rule, "trial_window_months")) months before \(serviceDate)")
      return
    }
    priorRelief(rule: rule, last: last, minPct: rules.int(rule, "min_relief_pct"), minSpan: nil, what: "intrathecal trial")
  }

  /// Performed procedures recorded with `purpose` (a trial), before the service date and
  /// outside this request, newest first.
  func performedTrials(_ purpose: ProcedurePurpose) -> [Procedure] {
    ev.procedures.filter { p in
      p.purpose == purpose && p.status == .performed && p.authId != auth.id
        && (LocalDate(p.date).map { $0 < serviceDate } ?? false)
    }.sorted { $0.date > $1.date }
  }

  /// The latest psychological evaluation on or before the service date must be cleared,
  /// when `rule` asks for one (`requires_psych_eval`).
  mutating func psychEvaluation(rule: String, before what: String) {
    guard rules.bool(rule, "requires_psych_eval") else { return }
    let evals = ev.assessments.filter { $0.instrument == .psychEval && (LocalDate($0.date).map { $0 <= serviceDate } ?? false) }
      .sorted { $0.date > $1.date }
    guard let e = evals.first else {
      add(rule, .block, "no psychological evaluation recorded; \(rule) wants one before \(what)")
      return
    }
    if e.result == .cleared {
      add(rule, nil, "psychological evaluation cleared on \(e.date)", [EvidenceRef(.assessment, e.id)])
    } else {
      add(rule, .block, "the latest psychological evaluation (\(e.date)) is not cleared", [EvidenceRef(.assessment, e.id)])
    }
  }

  mutating func vertebralAugmentation() {
    let rule = "va.criteria"
    if rules.bool(rule, "requires_imaging") {
      let days = rules.int(rule, "imaging_within_days")
      let since = serviceDate.adding(days: -days)
      let img = ev.imaging.filter { i in LocalDate(i.date).map { $0 >= since && $0 <= serviceDate } ?? false }
      if img.isEmpty {
        add(rule, .block, "no imaging in the \(days) days before \(serviceDate) confirming the fracture")
      } else {
        add(rule, nil, "imaging: \(img.map { "\($0.modality.rawValue) \($0.date)" }.joined(separator: ", "))", img.map { EvidenceRef(.imaging, $0.id) })
      }
    }
    let minScore = Double(rules.int(rule, "min_pain_score"))
    let pain = baseline([.nrs, .vas]).sorted { $0.date > $1.date }
    if let p = pain.first, let s = p.score {
      if s >= minScore {
        add(rule, nil, "pain \(p.instrument.rawValue) \(s) on \(p.date)", [EvidenceRef(.assessment, p.id)])
      } else {
        add(rule, .block, "latest pain score \(s) on \(p.date) is below \(Int(minScore)) (outpatient)", [EvidenceRef(.assessment, p.id)])
      }
    } else {
      add(rule, .block, "no pain score (NRS/VAS) recorded before \(serviceDate)")
    }
    let levels = SpinalLevelCount.levels(of: auth.items.filter { ProcedureCatalog.entry($0.cpt)?.family == .vertebralAugmentation })
    let maxLevels = rules.int(rule, "max_levels")
    if levels > maxLevels {
      add(rule, .warn, "\(levels) levels requested; more than \(maxLevels) fractures per procedure is a relative contraindication")
    }
    add(rule, .info, "refer for bone density evaluation / osteoporosis education and document it")
  }
}
