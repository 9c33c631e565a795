/// What the revenue report reads from the ledger, loaded once as aggregates (SQL groups
/// over the typed state columns and the history summaries; RevenueQueries): reference
/// kinds in full, dated kinds (procedures, claims, appointments) for the window the
/// report covers, and the auth event history (first decisions, pends). Each fact stands
/// for `count` records, so the per-period passes run over groups, not records.
public struct RevenueData: Sendable {
  /// A performed procedure group with its payer resolved (auth, else claim, else primary
  /// coverage) and its own paid cents when no claim in the window names it.
  public struct ProcedureFact: Sendable {
    public var day: LocalDate
    public var cpt: String?
    public var providerId: String
    public var payer: Payer?
    public var placeOfService: String?
    public var units: Int?
    public var paidCents: Int?
    public var count: Int
  }

  /// A first-decision group with its decision day.
  public struct DecisionFact: Sendable {
    public var day: LocalDate
    public var status: AuthStatus
    public var payerId: String
    public var firstCPT: String?
    public var channel: SubmissionChannel?
    public var count: Int
  }

  public var payers: [String: Payer] = [:]
  public var locations: [String: Location] = [:]
  public var fees = FeeSchedule([])
  /// Coverages of the patients of `bookedAppointments` only.
  public var coverages: [String: [Coverage]] = [:]
  public var procedures: [ProcedureFact] = []
  public var claims: [RevenueFacts.Claim] = []
  public var submitted: [(day: LocalDate, fact: RevenueFacts.Submitted)] = []
  public var decisions: [DecisionFact] = []
  /// First decisions in full, for the periods whose turnaround the report gives.
  public var decisionDetails: [(decision: AuthFirstDecision, day: LocalDate)] = []
  public var denials: [RevenueFacts.Denial] = []
  public var appeals: [RevenueFacts.Appeal] = []
  public var appointments: [(day: LocalDate, fact: RevenueFacts.Appointment)] = []
  /// Appointments in the window booked from the waitlist, typed.
  public var bookedAppointments: [Appointment] = []
  /// tool -> UTC day -> events.
  public var eventsByToolDay: [String: [String: Int]] = [:]

  public init() {}

  /// Loads what a report over `from`...`to` needs (the caller widens the window to cover
  /// comparisons and trends); first decisions in full for `detailPeriods` (turnaround).
  public static func load(
    from ledger: Ledger, from: LocalDate, to: LocalDate, rules: EffectiveRules, detailPeriods: [RevenuePeriod]
  ) throws(ToolkitError) -> RevenueData {
    var d = RevenueData()
    let cal = rules.calendar
    let lo = from.description
    let hi = to.description
    d.payers = Dictionary(uniqueKeysWithValues: try ledger.all(Payer.self).map { ($0.id, $0) })
    d.locations = Dictionary(uniqueKeysWithValues: try ledger.all(Location.self).map { ($0.id, $0) })
    d.fees = FeeSchedule(try ledger.all(Fee.self))

    let procedures = try ledger.procedureFacts(from: lo, to: hi)
    let claimPayer = try ledger.claimPayers(from: lo, to: hi, procedures: Set(procedures.compactMap(\.procedureId)))
    for p in procedures {
      guard let day = LocalDate(p.date) else { continue }
      let claim = p.procedureId.flatMap { claimPayer[$0] }
      let payer = p.authPayerId.flatMap { d.payers[$0] } ?? claim.flatMap { d.payers[$0] }
        ?? p.coveragePayerId.flatMap { d.payers[$0] }
      d.procedures.append(
        ProcedureFact(
          day: day, cpt: p.cpt, providerId: p.providerId, payer: payer, placeOfService: p.placeOfService,
          units: p.units, paidCents: claim == nil ? p.paidCents : nil, count: p.count))
    }
    d.claims = try ledger.claimFacts(from: lo, to: hi)
    d.submitted = try ledger.submittedFacts().compactMap { s in
      cal.parseDateTime(s.submittedAt).map { (day: cal.localDate(of: $0), fact: s) }
    }
    for f in try ledger.decisionFacts() {
      guard let status = AuthStatus(rawValue: f.status) else {
        throw ToolkitError(.dataError, "stored auth event does not match its kind; run 'paindesk verify'")
      }
      guard let day = decisionDate(decidedAt: f.decidedAt, recordedAt: f.recordedAt, cal) else { continue }
      d.decisions.append(
        DecisionFact(
          day: day, status: status, payerId: f.payerId, firstCPT: f.firstCPT,
          channel: f.channel.flatMap(SubmissionChannel.init(rawValue:)), count: f.count))
    }
    if !detailPeriods.isEmpty {
      for x in try ledger.authFirstDecisions(near: detailPeriods.map { ($0.from, $0.to) }) {
        guard let day = decisionDate(decidedAt: x.auth.decidedAt, recordedAt: x.recordedAt, cal),
          detailPeriods.contains(where: { $0.contains(day) })
        else { continue }
        d.decisionDetails.append((decision: x, day: day))
      }
    }
    d.denials = try ledger.denialFacts()
    d.appeals = try ledger.appealFacts()
    d.appointments = try ledger.appointmentFacts(from: lo, to: hi).compactMap { a in
      cal.parseDateTime(a.start).map { (day: cal.localDate(of: $0), fact: a) }
    }
    d.bookedAppointments = try ledger.appointments(ids: try ledger.appointmentsBookedFromWaitlist(), from: lo, to: hi)
    let patients = Set(d.bookedAppointments.map(\.patientId)).sorted()
    let coverages = try Ledger.decodeAll(try ledger.records(of: .coverage, where: "patient_id", in: patients), as: Coverage.self)
    d.coverages = Dictionary(grouping: coverages, by: \.patientId)
    d.eventsByToolDay = try ledger.eventCountsByToolAndDay(fromDay: lo)
    // By day, so that each period reads its own slice (RevenuePeriod.slice).
    d.procedures.sort { $0.day < $1.day }
    d.submitted.sort { $0.day < $1.day }
    d.decisions.sort { $0.day < $1.day }
    d.decisionDetails.sort { $0.day < $1.day }
    d.appointments.sort { $0.day < $1.day }
    return d
  }

  /// The day of a first decision: `decided_at` as a local date, else its date part, else
  /// the day the ledger learned of it.
  static func decisionDate(decidedAt: String?, recordedAt: String, _ cal: ClinicCalendar) -> LocalDate? {
    if let t = decidedAt, let i = cal.parseDateTime(t) { return cal.localDate(of: i) }
    if let t = decidedAt, let day = LocalDate(String(t.prefix(10))) { return day }
    return Instant(recordedAt).map { cal.localDate(of: $0) }
  }

  /// The payer of the patient's primary coverage on a date (`CoverageOrder`).
  public func primaryPayer(patient: String, on date: LocalDate) -> Payer? {
    CoverageOrder.primary(coverages[patient] ?? [], on: date).flatMap { payers[$0.payerId] }
  }

  /// The code family for a report (`other` outside the catalog).
  public static func family(_ cpt: String?) -> String {
    cpt.flatMap { ProcedureCatalog.entry($0)?.family.rawValue } ?? "other"
  }
}
