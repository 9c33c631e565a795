/// intake-check: for each open referral (not scheduled or declined), what is missing before
/// the new-patient evaluation can be booked, in booking order: the intake packet, the
/// questionnaire (a `questionnaire` document: pain history, prior treatments, medication
/// list), a functional assessment (ODI, NDI or PEG `assessment`), prior records (an
/// outgoing `records_request` for prior_records, received), verified insurance (the
/// coverage-check rule) and, for a workers' comp or auto case, the claim number and
/// adjuster. A packet or records request waiting more than `intake.follow_up` days (from
/// the step, or the latest outreach about it) is due a follow-up.
public enum IntakeCheck {
  public static let followUpRule = "intake.follow_up"
  static let functional: Set<Instrument> = [.odi, .ndi, .peg]

  public struct Options: Sendable {
    public var followUpDays: Int
    public var verifiedWithinDays: Int
    public var patient: String?

    public init(followUpDays: Int, verifiedWithinDays: Int, patient: String? = nil) {
      self.followUpDays = followUpDays
      self.verifiedWithinDays = verifiedWithinDays
      self.patient = patient
    }
  }

  public static func isOpen(_ s: ReferralStatus) -> Bool { s != .scheduled && s != .declined }

  public static func rows(_ s: BackOfficeSnapshot, options: Options, asOf: AsOf) -> [IntakeStatus] {
    s.referrals.filter { isOpen($0.status) && (options.patient == nil || $0.patientId == options.patient) }
      .map { check($0, s, options: options, asOf: asOf) }
      .sorted { a, b in
        if a.followUpDue != b.followUpDue { return a.followUpDue }
        if a.daysOpen != b.daysOpen { return a.daysOpen > b.daysOpen }
        return a.referralId < b.referralId
      }
  }

  /// The latest outreach date about `purpose` for the patient.
  static func lastOutreach(_ s: BackOfficeSnapshot, _ patient: String, _ purpose: OutreachPurpose) -> LocalDate? {
    (s.outreach[patient] ?? []).filter { $0.purpose == purpose }.compactMap { LocalDate($0.date) }.max()
  }

  public static func check(_ r: Referral, _ s: BackOfficeSnapshot, options: Options, asOf: AsOf) -> IntakeStatus {
    let today = asOf.date
    let received = LocalDate(r.receivedOn) ?? today
    let p = r.patientId
    var missing: [String] = []
    if r.status == .received { missing.append("intake_packet") }
    let questionnaire = s.documents(of: p).contains { $0.type == .questionnaire && (LocalDate($0.date) ?? received) >= received }
    if !questionnaire { missing.append("questionnaire") }
    let assessed = (s.assessments[p] ?? []).contains { functional.contains($0.instrument) && (LocalDate($0.date) ?? received) >= received }
    if !assessed { missing.append("functional_assessment") }
    let requests = s.requests.filter {
      $0.patientId == p && $0.direction == .outgoing && $0.purpose == .priorRecords && (LocalDate($0.requestedOn) ?? received) >= received
    }
    let receivedRecords = requests.contains { $0.status == .received || $0.status == .closed }
    let openRequest = requests.filter { $0.status == .open || $0.status == .sent }.min { $0.requestedOn < $1.requestedOn }
    if !receivedRecords { missing.append("prior_records") }
    let coverage = CoverageVerification.check(
      s.coverages[p] ?? [], payers: s.payers, on: today, asOf: today, verifiedWithinDays: options.verifiedWithinDays)
    if !coverage.problems.isEmpty { missing.append("insurance_verified") }
    let injury = coverage.active.first { InjuryCaseCheck.isInjury(s.payers[$0.payerId]?.type) }
    if let injury, !InjuryCaseCheck.missing(InjuryCaseCheck.openCase(on: injury, in: s.cases[p] ?? []), coverage: injury).isEmpty {
      missing.append("injury_case")
    }

    // Follow-ups: the packet (from its step date) and the prior-records request.
    func waited(since: LocalDate, _ purpose: OutreachPurpose) -> Bool {
      let from = max(since, lastOutreach(s, p, purpose) ?? since)
      return from.days(to: today) > options.followUpDays
    }
    let packetOut = r.status == .intakeSent && (!questionnaire || !assessed)
    let packetLate = packetOut && waited(since: r.statusOn.flatMap(LocalDate.init) ?? received, .intake)
    let recordsLate = !receivedRecords && openRequest.map { waited(since: LocalDate($0.requestedOn) ?? received, .records) } == true

    let (action, waiting): (String, IntakeWaitingOn) = {
      if r.status == .received { return ("send intake packet", .clinic) }
      if packetOut { return (packetLate ? "call patient: intake packet not returned" : "wait for intake packet", .patient) }
      if !questionnaire { return ("record the intake questionnaire", .clinic) }
      if !assessed { return ("record a functional assessment (ODI, NDI or PEG)", .clinic) }
      if !receivedRecords {
        if let q = openRequest { return (recordsLate ? "follow up on prior records request \(q.id)" : "wait for prior records", .priorProvider) }
        return ("request prior records", .clinic)
      }
      if missing.contains("insurance_verified") { return ("verify insurance", .clinic) }
      if missing.contains("injury_case") { return ("get claim number and adjuster from the carrier", .payer) }
      if r.status == .ready { return ("book the new-patient evaluation", .clinic) }
      return ("mark ready", .clinic)
    }()
    return IntakeStatus(
      referralId: r.id, patientId: p, status: r.status, receivedOn: r.receivedOn, nextAction: action, waitingOn: waiting,
      daysOpen: received.days(to: today), followUpDue: packetLate || recordsLate, missing: missing)
  }
}
