/// coverage-check: for each scheduled appointment from --as-of through `within` days
/// later, the coverage on the date of service (`CoverageVerification`), an injury case
/// for workers' comp and auto (`InjuryCaseCheck`), and for procedures whether the payer
/// needs a PA for each code (`PriorAuthRequirement`, the pa-submit rules) and whether an
/// auth is approved and usable on that date (`AuthUsability`: units left by `AuthUnits`,
/// other scheduled appointments on the auth competing for them). Injury-case procedures
/// always need the carrier's authorization; its UR clock is the state's
/// (`DecisionTimeframe`: California 5 business days, 8 CCR 9792.9.1).
public enum CoverageCheck {
  public struct Options: Sendable {
    public var withinDays: Int
    public var verifiedWithinDays: Int
    public var all = false
    public var patient: String?

    public init(withinDays: Int, verifiedWithinDays: Int, all: Bool = false, patient: String? = nil) {
      self.withinDays = withinDays
      self.verifiedWithinDays = verifiedWithinDays
      self.all = all
      self.patient = patient
    }
  }

  /// The clinic's date of an appointment's start.
  public static func serviceDate(_ a: Appointment, calendar: ClinicCalendar) -> LocalDate? {
    if let i = calendar.parseDateTime(a.start) { return calendar.localDate(of: i) }
    return LocalDate(String(a.start.prefix(10)))
  }

  public static func rows(
    _ s: BackOfficeSnapshot, options: Options, rules: EffectiveRules, asOf: AsOf
  ) -> [CoverageStatus] {
    let cal = rules.calendar
    let last = asOf.date.adding(days: options.withinDays)
    var out: [(LocalDate, String, CoverageStatus)] = []
    for a in s.appointments where a.status == .scheduled && (options.patient == nil || a.patientId == options.patient) {
      guard let d = serviceDate(a, calendar: cal), d >= asOf.date, d <= last else { continue }
      let row = check(a, on: d, s, options: options, rules: rules, asOf: asOf)
      if options.all || !row.ok { out.append((d, a.start, row)) }
    }
    return out.sorted { ($0.1, $0.2.appointmentId) < ($1.1, $1.2.appointmentId) }.map(\.2)
  }

  /// One appointment's coverage status.
  public static func check(
    _ a: Appointment, on date: LocalDate, _ s: BackOfficeSnapshot, options: Options, rules: EffectiveRules, asOf: AsOf
  ) -> CoverageStatus {
    let v = CoverageVerification.check(
      s.coverages[a.patientId] ?? [], payers: s.payers, on: date, asOf: asOf.date,
      verifiedWithinDays: options.verifiedWithinDays)
    var problems = v.problems
    let billed = v.active.first
    let payer = billed.flatMap { s.payers[$0.payerId] }
    let cases = s.cases[a.patientId] ?? []
    var contact = payer.map { "payer \($0.name)" } ?? "patient \(a.patientId): ask for insurance"
    var injuryCase: InsuranceCase?
    if let billed, InjuryCaseCheck.isInjury(payer?.type) {
      injuryCase = InjuryCaseCheck.openCase(on: billed, in: cases)
      problems += InjuryCaseCheck.missing(injuryCase, coverage: billed)
      if let c = injuryCase, let who = InjuryCaseCheck.contact(c) { contact = who }
    }
    // An open workers' comp case billed elsewhere: the carrier pays for the injured region.
    let region = regions(of: a, s)
    for c in cases where c.status == .open && c.type == .workersComp && c.coverageId != billed?.id {
      if let r = c.region, !region.isEmpty, !region.contains(r) { continue }
      let under = billed.map { "\($0.id) (\(payer?.type.rawValue ?? "unknown payer"))" } ?? "no coverage"
      problems.append(
        "\(c.id): open workers' comp case\(c.region.map { " for the \($0.rawValue) region" } ?? ""), but billed to \(under) [\(InjuryCaseCheck.rule)]")
      if let who = InjuryCaseCheck.contact(c) { contact = who }
    }
    var paRequired: Bool?
    var usable: Auth?
    let cpts = a.cpts ?? []
    if a.type == .procedure, !cpts.isEmpty, let billed, let payer {
      let (need, authProblems, auth) = authorization(
        a, cpts: cpts, on: date, coverage: billed, payer: payer, injuryCase: injuryCase, s, rules: rules, asOf: asOf)
      paRequired = need
      usable = auth
      problems += authProblems
    }
    return CoverageStatus(
      appointmentId: a.id, patientId: a.patientId, start: a.start, type: a.type, problems: problems, contact: contact,
      priority: v.active.map(\.id), paRequired: paRequired, authId: usable?.id ?? a.authId, caseId: injuryCase?.id)
  }

  /// Spinal regions of the appointment: its auth's lines, else the patient's planned
  /// procedures on that date (empty when unknown).
  static func regions(of a: Appointment, _ s: BackOfficeSnapshot) -> Set<SpinalRegion> {
    let auths = s.auths[a.patientId] ?? []
    if let id = a.authId, let auth = auths.first(where: { $0.id == id }) {
      return Set(auth.items.compactMap(\.region))
    }
    let day = String(a.start.prefix(10))
    return Set((s.procedures[a.patientId] ?? []).filter { $0.date == day && $0.status == .planned }.compactMap(\.region))
  }

  /// Whether the codes need an authorization, what is missing, and the usable auth.
  static func authorization(
    _ a: Appointment, cpts: [String], on date: LocalDate, coverage: Coverage, payer: Payer, injuryCase: InsuranceCase?,
    _ s: BackOfficeSnapshot, rules: EffectiveRules, asOf: AsOf
  ) -> (Bool, [String], Auth?) {
    let location = a.locationId.flatMap { s.locations[$0] }
    let state = injuryCase?.state ?? PAContext.state(location: location, payer: payer, patient: s.patients[a.patientId])
    var needed: [(String, String)] = []
    if injuryCase != nil || InjuryCaseCheck.isInjury(payer.type) {
      needed = cpts.map { ($0, "coverage.injury_authorization") }
    } else {
      for cpt in cpts {
        let r = PriorAuthRequirement.check(
          PAContext(payer: payer, cpt: cpt, placeOfService: location?.placeOfService, state: state, date: date), rules: rules)
        if r.required {
          needed.append((cpt, r.rule))
        } else if coverage.eligibility?.authRequiredCpts?.contains(cpt) == true {
          needed.append((cpt, "\(CoverageVerification.rule): eligibility response"))
        }
      }
    }
    if needed.isEmpty { return (false, [], nil) }
    let codes = needed.map(\.0)
    let auths = (s.auths[a.patientId] ?? []).filter { $0.payerId == payer.id || $0.id == a.authId }
    // The appointment checked does not compete with itself for the auth's units.
    func problem(_ auth: Auth) -> AuthUsability.Problem? {
      AuthUsability.problem(auth, on: date, cpts: codes, uses: s.authUses[auth.id] ?? AuthUses(), excluding: [a.id])
    }
    if let ok = auths.filter({ problem($0) == nil }).sorted(by: { $0.id < $1.id }).first {
      return (true, [], ok)
    }
    let rule = needed[0].1
    let what = injuryCase != nil || InjuryCaseCheck.isInjury(payer.type) ? "carrier authorization" : "PA"
    var problems: [String] = []
    let linked = a.authId.flatMap { id in auths.first { $0.id == id } }
    let pending = auths.filter { [.submitted, .pended, .approvedPendingNumber].contains($0.status) && !Set($0.items.map(\.cpt)).isDisjoint(with: codes) }
      .sorted { $0.id < $1.id }
    if let linked, let p = problem(linked), !pending.contains(where: { $0.id == linked.id }) {
      problems.append("\(what) needed for \(codes.joined(separator: ",")): \(linked.id) \(p) [\(rule)]")
    } else if let p = pending.first {
      var line = "\(what) needed for \(codes.joined(separator: ",")): \(p.id) is \(p.status.rawValue)"
      if let at = p.submittedAt.flatMap(Instant.init) {
        let due = DecisionTimeframe.due(
          submittedAt: at, urgency: p.urgency, payer: payer, cpts: codes, state: state, serviceDate: date, rules: rules)
        line += ", decision due \(due.text) (\(due.timeframe)) [\(due.rule)]"
        if due.date > date { line += "; the date of service comes first" }
      } else {
        line += " [\(rule)]"
      }
      problems.append(line)
    } else {
      var line = "\(what) needed for \(codes.joined(separator: ",")): none requested"
      if let by = latestRequestDate(payer: payer, state: state, before: date, rules: rules) {
        line += "; request by \(by.date) (\(by.timeframe)) [\(by.rule)]"
      } else {
        line += " [\(rule)]"
      }
      problems.append(line)
    }
    return (true, problems, nil)
  }

  /// For an injury carrier, the last day to request so that the UR clock ends before the
  /// date of service: California 5 business days (8 CCR 9792.9.1), else
  /// `coverage.injury_authorization` days.
  static func latestRequestDate(
    payer: Payer, state: String?, before date: LocalDate, rules: EffectiveRules
  ) -> (date: LocalDate, timeframe: String, rule: String)? {
    guard InjuryCaseCheck.isInjury(payer.type) else { return nil }
    if payer.type == .workersComp && state == "CA" {
      let id = "pa.decision.workers_comp.ca.standard"
      let n = rules.int(id, "decision_business_days")
      return (rules.calendar.adding(businessDays: -n, to: date), "\(n) business days", id)
    }
    let id = "coverage.injury_authorization"
    let n = payer.decisionDays ?? rules.int(id, "default_decision_days", payer: payer.id)
    return (date.adding(days: -n), "\(n) days", id)
  }
}
