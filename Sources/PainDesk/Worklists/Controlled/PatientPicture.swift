/// What the worklists ask about one patient on one date: risk tier, active prescriptions,
/// the latest screen, PDMP check, agreement and visit, the next appointment, the state
/// whose rules apply, Medicare coverage.
extension ControlledSubstanceData {
  public enum TierSource: String, Sendable { case patient, ort, `default` }

  /// The patient's `risk_tier`; else the latest ORT score on or before `date` banded by
  /// `ort.bands` (Webster 2005); else moderate.
  public func riskTier(_ patientId: String, on date: LocalDate, rules: EffectiveRules) -> (RiskTier, TierSource) {
    if let t = patients[patientId]?.riskTier { return (t, .patient) }
    let ort = (assessments[patientId] ?? [])
      .filter { $0.instrument.rawValue == "ort" && $0.score != nil && (LocalDate($0.date).map { $0 <= date } ?? false) }
      .max { ($0.date, $0.id) < ($1.date, $1.id) }
    guard let score = ort?.score else { return (.moderate, .default) }
    let low = Double(rules.int("ort.bands", "low_max"))
    let moderate = Double(rules.int("ort.bands", "moderate_max"))
    return (score <= low ? .low : score <= moderate ? .moderate : .high, .ort)
  }

  public func activeRx(_ patientId: String, on date: LocalDate) -> [Rx] {
    (rx[patientId] ?? []).filter { $0.isActive(on: date) }.sorted { $0.id < $1.id }
  }

  /// Active controlled prescriptions, the clinic's and those from outside (a drug screen
  /// expects both).
  public func activeControlled(_ patientId: String, on date: LocalDate) -> [Rx] {
    activeRx(patientId, on: date).filter(\.isControlled)
  }

  /// The clinic's own active controlled prescriptions: what makes it monitor the patient
  /// (drug screens, refills).
  public func clinicControlled(_ patientId: String, on date: LocalDate) -> [Rx] {
    activeControlled(patientId, on: date).filter { !$0.isOutside }
  }

  /// The latest screen collected on or before `date`.
  public func lastCollected(_ patientId: String, onOrBefore date: LocalDate) -> UDS? {
    (uds[patientId] ?? []).filter { u in u.collectedOn.flatMap(LocalDate.init).map { $0 <= date } ?? false }
      .max { ($0.collectedOn!, $0.id) < ($1.collectedOn!, $1.id) }
  }

  public func lastPDMP(_ patientId: String, onOrBefore date: LocalDate) -> PDMPCheck? {
    (pdmp[patientId] ?? []).filter { LocalDate($0.checkedOn).map { $0 <= date } ?? false }
      .max { ($0.checkedOn, $0.id) < ($1.checkedOn, $1.id) }
  }

  /// The latest written date of the clinic's prescriptions of `schedules` written before
  /// `date` (a mandate binds the clinic's prescribers, not one from outside).
  public func lastWritten(_ patientId: String, before date: LocalDate, schedules: Set<DEASchedule>) -> LocalDate? {
    (rx[patientId] ?? []).filter { schedules.contains($0.schedule) && !$0.isOutside }.compactMap(\.writtenDate)
      .filter { $0 < date }.max()
  }

  /// Whether `rx` starts a new course: no other active prescription of its ingredient the
  /// day before it was written.
  public func startsCourse(_ rx: Rx) -> Bool {
    guard let w = rx.writtenDate else { return false }
    return !activeRx(rx.patientId, on: w.adding(days: -1)).contains { $0.id != rx.id && IngredientName.same($0.drug, rx.drug) }
  }

  public func lastAgreement(_ patientId: String, onOrBefore date: LocalDate) -> Agreement? {
    (agreements[patientId] ?? []).filter { LocalDate($0.signedOn).map { $0 <= date } ?? false }
      .max { ($0.signedOn, $0.id) < ($1.signedOn, $1.id) }
  }

  /// The local date of an appointment's start.
  public func appointmentDate(_ a: Appointment, calendar: ClinicCalendar) -> LocalDate? {
    if let i = calendar.parseDateTime(a.start) { return calendar.localDate(of: i) }
    return LocalDate(String(a.start.prefix(10)))
  }

  /// The latest visit (design.md §6) on or before `date`.
  public func lastVisit(_ patientId: String, onOrBefore date: LocalDate, calendar: ClinicCalendar) -> LocalDate? {
    (appointments[patientId] ?? [])
      .filter { Visit.isVisit(type: $0.type.rawValue, status: $0.status.rawValue) }
      .compactMap { appointmentDate($0, calendar: calendar) }.filter { $0 <= date }.max()
  }

  /// The next scheduled appointment on or after `date`.
  public func nextAppointment(_ patientId: String, onOrAfter date: LocalDate, calendar: ClinicCalendar) -> LocalDate? {
    (appointments[patientId] ?? []).filter { $0.status == .scheduled }
      .compactMap { appointmentDate($0, calendar: calendar) }.filter { $0 >= date }.min()
  }

  /// The state whose PDMP rules apply (`PAContext.state`): the location of the patient's
  /// latest appointment on or before `date`, else the primary payer's state, else the
  /// patient's own.
  public func ruleState(_ patientId: String, on date: LocalDate, calendar: ClinicCalendar) -> String? {
    let located = (appointments[patientId] ?? []).compactMap { a -> (LocalDate, Location)? in
      guard let l = a.locationId, let loc = locations[l], let d = appointmentDate(a, calendar: calendar), d <= date
      else { return nil }
      return (d, loc)
    }
    return PAContext.state(
      location: located.max(by: { $0.0 < $1.0 })?.1, payer: primaryPayer(patientId, on: date),
      patient: patients[patientId])
  }

  /// The payer of the patient's primary coverage in force on `date` (`CoverageOrder`).
  public func primaryPayer(_ patientId: String, on date: LocalDate) -> Payer? {
    CoverageOrder.primary(coverages[patientId] ?? [], on: date).flatMap { payers[$0.payerId] }
  }

  public func isMedicare(_ patientId: String, on date: LocalDate) -> Bool {
    primaryPayer(patientId, on: date)?.type == .medicare
  }
}
