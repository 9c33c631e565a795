/// The paperwork a controlled-substance prescription needs on a date, each gate with the
/// record that meets it (or the gap). Used by refill-check (as of today) and its audit
/// (as of each prescription's written date).
public struct PaperworkGates: Sendable {
  public let data: ControlledSubstanceData
  public let rules: EffectiveRules

  public init(data: ControlledSubstanceData, rules: EffectiveRules) {
    self.data = data
    self.rules = rules
  }

  /// One gate: the record that meets it (when any), and a blocking finding when not met
  /// (or a warning when it is met with a reservation: a result awaiting confirmation, an
  /// unavailable PDMP).
  public struct Gate: Sendable {
    public let gap: RoutingFinding?
    /// Warnings that come with the gate whether or not it is met.
    public var notes: [RoutingFinding] = []
    public var met: Bool { gap.map { $0.severity != .block } ?? true }

    /// The gap (when any) and the notes, for a routing's findings.
    public var findings: [RoutingFinding] { (gap.map { [$0] } ?? []) + notes }
  }

  private func block(_ rule: String, _ source: String, _ message: String) -> RoutingFinding {
    RoutingFinding(rule: rule, source: source, severity: .block, message: message)
  }

  /// A signed opioid treatment agreement within `agreement.validity` (and not expired).
  public func agreement(_ patientId: String, on date: LocalDate) -> (Agreement?, Gate) {
    let months = rules.int("agreement.validity", "valid_months")
    guard let a = data.lastAgreement(patientId, onOrBefore: date) else {
      return (nil, Gate(gap: block("agreement.validity", "clinic protocol", "no signed opioid treatment agreement on file: have the patient sign an agreement")))
    }
    let signed = LocalDate(a.signedOn)!
    let window = RollingWindow.months(months, endingOn: date)
    if !window.contains(signed) {
      return (a, Gate(gap: block("agreement.validity", "clinic protocol", "treatment agreement signed \(a.signedOn) is older than \(months) months: have the patient sign a new agreement")))
    }
    if let e = a.expiresOn.flatMap(LocalDate.init), e < date {
      return (a, Gate(gap: block("agreement.validity", "clinic protocol", "treatment agreement expired \(e): have the patient sign a new agreement")))
    }
    return (a, Gate(gap: nil))
  }

  /// A drug screen current for the patient's tier, with no unexpected result unreviewed.
  public func uds(_ patientId: String, on date: LocalDate) -> (UDS?, Gate) {
    let (tier, _) = data.riskTier(patientId, on: date, rules: rules)
    let days = rules.int("uds.interval.\(tier.rawValue)", "interval_days")
    let last = data.lastCollected(patientId, onOrBefore: date)
    guard let last, let collected = last.collectedOn.flatMap(LocalDate.init) else {
      return (nil, Gate(gap: block("uds.interval.\(tier.rawValue)", "clinic protocol", "no urine drug screen on file (\(tier.rawValue) risk: every \(days) days): collect a drug screen")))
    }
    let due = collected.adding(days: days)
    if date > due {
      return (last, Gate(gap: block("uds.interval.\(tier.rawValue)", "clinic protocol", "urine drug screen not current for \(tier.rawValue) risk: last collected \(collected), due \(due): collect a drug screen")))
    }
    let unreviewed = data.recentUnexpected(patientId, on: date, rules: rules).filter { u, _ in
      u.reviewedOn.flatMap(LocalDate.init).map { $0 > date } ?? true
    }
    if let (u, found) = unreviewed.first(where: { $0.1.contains { $0.reason.isConfirmed } }) {
      let what = found.filter(\.reason.isConfirmed).map(\.message).joined(separator: "; ")
      return (last, Gate(gap: block("uds.unexpected_result", "CDC 2022 Rec 10", "\(what) (screen \(u.id)), not yet reviewed: ask the physician to review it")))
    }
    // A presumptive result waiting for confirmation warns; it does not hold the refill.
    if let (u, found) = unreviewed.first {
      let what = found.map(\.message).joined(separator: "; ")
      return (last, Gate(gap: RoutingFinding(
        rule: "uds.unexpected_result", source: UDSInterpretation.source, severity: .warn, message: "\(what) (screen \(u.id))")))
    }
    return (last, Gate(gap: nil))
  }

  /// A PDMP check meeting the mandate of the state whose rules apply (`PDMPMandate`) on
  /// `occasion`: no older than its interval, and for a check "before every prescription"
  /// dated after the patient's previous prescription of those schedules (or today). The
  /// latest check's result matters (`pdmp.result`, CDC 2022 Rec 9): an inconsistent
  /// report must reach the prescriber before any refill (blocks); an unavailable PDMP is
  /// documented and warned about. A state whose mandate is unconfirmed is named in a
  /// warning.
  public func pdmp(_ patientId: String, on date: LocalDate, _ occasion: PDMPMandate.Occasion = .init())
    -> (PDMPCheck?, Gate)
  {
    let state = data.ruleState(patientId, on: date, calendar: rules.calendar)
    let mandate = PDMPMandate.forState(state, occasion, rules: rules)
    let label = state.map { " (\($0))" } ?? ""
    var notes: [RoutingFinding] = []
    if let unconfirmed = mandate.unconfirmedState {
      notes.append(RoutingFinding(
        rule: "pdmp.interval.\(unconfirmed.lowercased())", source: "unconfirmed (state law not sourced)", severity: .warn,
        message: "the PDMP mandate of \(unconfirmed) is unconfirmed: checked against the CDC 2022 Rec 9 interval of \(mandate.interval); set rules.pdmp.interval.\(unconfirmed.lowercased()) in the clinic config"))
    }
    guard let last = data.lastPDMP(patientId, onOrBefore: date), let checked = LocalDate(last.checkedOn) else {
      return (nil, Gate(gap: block(mandate.rule, mandate.source, "no PDMP check on file\(label): check the PDMP"), notes: notes))
    }
    if date > mandate.interval.after(checked) {
      return (last, Gate(gap: block(mandate.rule, mandate.source, "PDMP last checked \(checked), older than \(mandate.interval)\(label): check the PDMP"), notes: notes))
    }
    if let schedules = mandate.sincePrevious, checked < date,
      let previous = data.lastWritten(patientId, before: date, schedules: schedules), checked <= previous
    {
      return (last, Gate(gap: block(mandate.rule, mandate.source, "PDMP last checked \(checked), not after the prescription of \(previous) (\(mandate.rule) asks for a check \(mandate.requirement)): check the PDMP"), notes: notes))
    }
    switch last.result {
    case .inconsistent where rules.bool("pdmp.result", "block_inconsistent"):
      return (last, Gate(gap: block("pdmp.result", "CDC 2022 Rec 9", "PDMP check \(last.id) of \(checked) was inconsistent: the prescriber reviews the report before any refill"), notes: notes))
    case .unavailable where rules.bool("pdmp.result", "warn_unavailable"):
      notes.append(RoutingFinding(
        rule: "pdmp.result", source: "CDC 2022 Rec 9", severity: .warn,
        message: "PDMP was unavailable at check \(last.id) of \(checked)\(label): documented; query it again when it is back"))
    default: break
    }
    return (last, Gate(gap: nil, notes: notes))
  }

  /// A visit (design.md §6) within `opioid.follow_up` days.
  public func visit(_ patientId: String, on date: LocalDate) -> (LocalDate?, Gate) {
    let days = rules.int("opioid.follow_up", "interval_days")
    guard let last = data.lastVisit(patientId, onOrBefore: date, calendar: rules.calendar) else {
      return (nil, Gate(gap: block("opioid.follow_up", "CDC CDS IG", "no visit on file: schedule a follow-up visit")))
    }
    if date > last.adding(days: days) {
      return (last, Gate(gap: block("opioid.follow_up", "CDC CDS IG", "last visit \(last) is more than \(days) days ago: schedule a follow-up visit")))
    }
    return (last, Gate(gap: nil))
  }
}
