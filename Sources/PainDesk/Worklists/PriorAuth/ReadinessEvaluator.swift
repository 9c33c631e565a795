/// Checks that the documentation in the ledger supports a PA request, criterion by
/// criterion (domain.md §1, "Defaults to ship"). It says what the paperwork shows; the
/// physician decides what to request.
public struct ReadinessEvaluator: Sendable {
  public let rules: EffectiveRules

  public init(rules: EffectiveRules) { self.rules = rules }

  /// Evaluates one request. `intent` (`diagnostic`, `therapeutic`, `trial`, `implant`) is
  /// the auth's optional `intent` field; families that need it guess from the history.
  public func evaluate(
    auth: Auth, intent: String? = nil, evidence: PatientEvidence, payer: Payer?, location: Location?, asOf: LocalDate
  ) -> ReadinessReport {
    let serviceDate = auth.serviceDate.flatMap(LocalDate.init) ?? asOf
    let state = PAContext.state(location: location, payer: payer, patient: evidence.patient)
    var auth = auth
    if auth.placeOfService == nil { auth.placeOfService = location?.placeOfService }
    let requirement =
      payer.map { PriorAuthRequirement.check(auth: auth, payer: $0, state: state, date: serviceDate, rules: rules) }
      ?? PARequirement(required: false, rule: "pa.payer.default", source: "payer policy", origin: .shipped(source: "payer policy"), reason: "no payer")
    var c = CriteriaContext(auth: auth, intent: intent, evidence: evidence, serviceDate: serviceDate, rules: rules)
    c.common()
    for family in c.families {
      switch family {
      case .esiInterlaminar, .esiTransforaminal: c.esi(family)
      case .facetInjection: c.facetInjection()
      case .facetRFA: c.facetRFA()
      case .sijInjection: c.sijInjection()
      case .sijRFA: c.sijRFA()
      case .scs: c.scs()
      case .intrathecalPump: c.pump()
      case .vertebralAugmentation: c.vertebralAugmentation()
      case .pns, .drugTest:
        c.add("pa.request.complete", .info, "no shipped coverage criteria for \(family.rawValue); attach the payer's checklist")
      }
    }
    return ReadinessReport(authId: auth.id, requirement: requirement, results: c.results)
  }
}

/// The working state of one evaluation: the request, the evidence, the results so far.
struct CriteriaContext {
  let auth: Auth
  let intent: String?
  let ev: PatientEvidence
  let serviceDate: LocalDate
  let rules: EffectiveRules
  var results: [CriterionResult] = []

  init(auth: Auth, intent: String?, evidence: PatientEvidence, serviceDate: LocalDate, rules: EffectiveRules) {
    self.auth = auth
    self.intent = intent
    self.ev = evidence
    self.serviceDate = serviceDate
    self.rules = rules
  }

  /// The families of the request's primary lines, in order, without repeats.
  var families: [ProcedureFamily] {
    var out: [ProcedureFamily] = []
    for item in auth.items {
      guard let e = ProcedureCatalog.entry(item.cpt), !out.contains(e.family) else { continue }
      out.append(e.family)
    }
    return out
  }

  /// The frequency region of the request: the first line's region, else the code's.
  func region(of family: ProcedureFamily) -> CatalogRegion? {
    for item in auth.items where ProcedureCatalog.entry(item.cpt)?.family == family {
      if let r = item.region { return r.frequencyRegion }
      if let r = ProcedureCatalog.entry(item.cpt)?.region { return r }
    }
    return nil
  }

  mutating func add(_ rule: String, _ severity: Severity?, _ message: String, _ evidence: [EvidenceRef] = []) {
    let source = rules.rule(rule)?.source ?? "payer policy"
    results.append(CriterionResult(rule: rule, source: source, severity: severity, message: message, evidence: evidence))
  }

  // MARK: evidence helpers

  static func region(of p: Procedure) -> CatalogRegion? {
    p.region?.frequencyRegion ?? p.cpt.flatMap { ProcedureCatalog.entry($0)?.region }
  }

  /// Performed sessions of a family (one per date, primary codes) before the service
  /// date, newest first, optionally in one region; this request's own lines excluded.
  func priorSessions(_ match: (ProcedureFamily) -> Bool, region: CatalogRegion?) -> [Procedure] {
    var byDate: [String: Procedure] = [:]
    for p in ev.procedures where p.status == .performed && p.authId != auth.id {
      guard let cpt = p.cpt, let e = ProcedureCatalog.entry(cpt), match(e.family), !e.addOn else { continue }
      guard let d = LocalDate(p.date), d < serviceDate else { continue }
      if let region, CriteriaContext.region(of: p) != region { continue }
      if byDate[p.date] == nil || ev.relief(of: p) != nil && ev.relief(of: byDate[p.date]!) == nil { byDate[p.date] = p }
    }
    return byDate.values.sorted { $0.date > $1.date }
  }

  /// Sessions in the rolling window of `months` ending on the service date.
  func inWindow(_ sessions: [Procedure], months: Int) -> [Procedure] {
    let w = RollingWindow.months(months, endingOn: serviceDate)
    return sessions.filter { LocalDate($0.date).map(w.contains) ?? false }
  }

  /// Diagnoses that support the request: its ICD-10 codes, or the region's.
  func supportingDiagnoses(region: CatalogRegion?) -> [Diagnosis] {
    ev.diagnoses.filter { d in
      (d.icd10.map { auth.icd10.contains($0) } ?? false) || (region != nil && d.region?.frequencyRegion == region)
    }
  }

  /// The earliest onset (or note) of a supporting diagnosis.
  func painSince(region: CatalogRegion?) -> (LocalDate, Diagnosis)? {
    supportingDiagnoses(region: region).compactMap { d -> (LocalDate, Diagnosis)? in
      guard let date = LocalDate(d.onset ?? d.notedOn) else { return nil }
      return (date, d)
    }.min { $0.0 < $1.0 }
  }

  /// Conservative care that failed, started before the service date, and lasted at least
  /// `minDays` (counted to its end, or to the service date while ongoing).
  func failedCare(minDays: Int = 0) -> [ConservativeCare] {
    ev.care.filter { c in
      guard c.outcome == .failed || c.outcome == .partial, let s = LocalDate(c.start), s < serviceDate else { return false }
      let end = c.end.flatMap(LocalDate.init) ?? serviceDate
      return s.days(to: min(end, serviceDate)) >= minDays
    }
  }

  func imaging(region: CatalogRegion?) -> [Imaging] {
    ev.imaging.filter { i in
      guard let d = LocalDate(i.date), d <= serviceDate else { return false }
      guard let region else { return true }
      return SpinalRegion(rawValue: i.region.lowercased())?.frequencyRegion == region
    }
  }

  /// Baseline (not post-procedure) scores on or before the service date.
  func baseline(_ instruments: [Instrument]) -> [Assessment] {
    ev.assessments.filter { a in
      instruments.contains(a.instrument) && a.timing != .post && (LocalDate(a.date).map { $0 <= serviceDate } ?? false)
    }
  }

  static let painScales: [Instrument] = [.nrs, .vas, .peg]
  static let functionScales: [Instrument] = [.odi, .ndi, .peg]

  func refs(_ p: Procedure, _ r: ReliefMeasure?) -> [EvidenceRef] {
    [EvidenceRef(.procedure, p.id)] + (r?.assessmentIds.map { EvidenceRef(.assessment, $0) } ?? [])
  }

  // MARK: shared criteria

  mutating func common() {
    let id = "pa.request.complete"
    if auth.icd10.isEmpty {
      add(id, .block, "no ICD-10-CM code on the request; add the diagnosis codes (--icd10)")
    } else {
      add(id, nil, "diagnosis codes on the request: \(auth.icd10.joined(separator: ", "))")
    }
    for item in auth.items where ProcedureCatalog.entry(item.cpt) == nil {
      add(id, .warn, "line \(item.seq): code \(item.cpt) is not in the procedure catalog; no criteria checked")
    }
  }

  /// Duration of pain, failed conservative care: shared by ESI, facet and SIJ.
  mutating func durationAndCare(
    rule: String, weeks: Int? = nil, months: Int? = nil, region: CatalogRegion?, careDays: Int = 0
  ) {
    let need = months.map { serviceDate.adding(months: -$0) } ?? serviceDate.adding(days: -7 * (weeks ?? 0))
    let span = months.map { "\($0) months" } ?? "\(weeks ?? 0) weeks"
    if let (since, d) = painSince(region: region) {
      if since <= need {
        add(rule, nil, "pain documented since \(since) (at least \(span) before \(serviceDate))", [EvidenceRef(.diagnosis, d.id)])
      } else {
        add(rule, .block, "pain documented only since \(since); the rule wants \(span) before \(serviceDate)", [EvidenceRef(.diagnosis, d.id)])
      }
    } else {
      add(rule, .block, "no diagnosis in the ledger for the request's codes or region: record one with its onset")
    }
    let care = failedCare(minDays: careDays)
    if care.isEmpty {
      let what = careDays > 0 ? " lasting \(careDays / 7) weeks" : ""
      add(rule, .block, "no failed conservative care\(what) recorded before \(serviceDate)")
    } else {
      add(rule, nil, "failed conservative care: \(care.map(\.type.rawValue).joined(separator: ", "))", care.map { EvidenceRef(.conservativeCare, $0.id) })
    }
  }

  /// A repeat needs relief of at least `pct`% lasting `span` from the last session.
  mutating func priorRelief(rule: String, last: Procedure, minPct: Int, minSpan: DateSpan?, what: String) {
    let r = ev.relief(of: last)
    guard let r else {
      add(rule, .block, "no relief recorded for the last \(what) (\(last.id)): record relief_pct or pre/post pain scores", [EvidenceRef(.procedure, last.id)])
      return
    }
    guard r.pct >= minPct else {
      add(rule, .block, "last \(what) (\(last.id)) gave \(r.pct)% relief; the rule wants at least \(minPct)%", refs(last, r))
      return
    }
    if let minSpan, let d = LocalDate(last.date) {
      guard let days = last.reliefDays else {
        add(rule, .warn, "last \(what) (\(last.id)) gave \(r.pct)% relief, but how long it lasted is not recorded (relief_days); the rule wants \(minSpan)", refs(last, r))
        return
      }
      if d.adding(days: days) < minSpan.after(d) {
        add(rule, .block, "relief from the last \(what) (\(last.id)) lasted \(days) days; the rule wants \(minSpan)", refs(last, r))
        return
      }
    }
    add(rule, nil, "last \(what) (\(last.id)) gave \(r.pct)% relief" + (last.reliefDays.map { " for \($0) days" } ?? ""), refs(last, r))
  }

  /// At most `max` sessions in the rolling window, counting this one.
  mutating func frequency(rule: String, sessions: [Procedure], max: Int, months: Int, what: String) {
    let inside = inWindow(sessions, months: months)
    let refs = inside.map { EvidenceRef(.procedure, $0.id) }
    if inside.count + 1 > max {
      add(rule, .block, "\(inside.count) \(what) in the \(months) months before \(serviceDate); this one would exceed \(max)", refs)
    } else {
      add(rule, nil, "\(inside.count) \(what) in the \(months) months before \(serviceDate) (limit \(max))", refs)
    }
  }
}
