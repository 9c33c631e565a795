/// What the revenue report reads from the ledger, loaded once: reference kinds in full,
/// dated kinds (procedures, claims, appointments) for the window the report covers, and
/// the auth event history (first decisions, pends).
public struct RevenueData: Sendable {
  public var payers: [String: Payer] = [:]
  public var locations: [String: Location] = [:]
  public var fees = FeeSchedule([])
  public var coverages: [String: [Coverage]] = [:]
  public var procedures: [Procedure] = []
  public var claims: [Claim] = []
  public var auths: [Auth] = []
  public var firstDecisions: [String: AuthFirstDecision] = [:]
  public var everPended: Set<String> = []
  public var denials: [Denial] = []
  public var appeals: [Appeal] = []
  public var appointments: [Appointment] = []
  public var bookedFromWaitlist: Set<String> = []
  /// tool -> UTC day -> events.
  public var eventsByToolDay: [String: [String: Int]] = [:]

  public init() {}

  /// Loads what a report over `from`...`to` needs (the caller widens the window to cover
  /// comparisons and trends).
  public static func load(from ledger: Ledger, from: LocalDate, to: LocalDate) throws(ToolkitError) -> RevenueData {
    var d = RevenueData()
    let lo = from.description
    let hi = to.description
    d.payers = Dictionary(uniqueKeysWithValues: try ledger.all(Payer.self).map { ($0.id, $0) })
    d.locations = Dictionary(uniqueKeysWithValues: try ledger.all(Location.self).map { ($0.id, $0) })
    d.fees = FeeSchedule(try ledger.all(Fee.self))
    d.coverages = Dictionary(grouping: try ledger.all(Coverage.self), by: \.patientId)
    d.procedures = try ledger.all(Procedure.self, dateColumn: "date", from: lo, to: hi)
    d.claims = try ledger.all(Claim.self, dateColumn: "service_date", from: lo, to: hi)
    d.auths = try ledger.all(Auth.self)
    d.firstDecisions = try ledger.authFirstDecisions()
    d.everPended = try ledger.authsEverPended()
    d.denials = try ledger.all(Denial.self)
    d.appeals = try ledger.all(Appeal.self)
    d.appointments = try ledger.all(Appointment.self, dateColumn: "start", from: lo, to: hi)
    d.bookedFromWaitlist = try ledger.appointmentsBookedFromWaitlist()
    d.eventsByToolDay = try ledger.eventCountsByToolAndDay(fromDay: lo)
    return d
  }

  /// The patient's primary coverage payer on a date.
  public func primaryPayer(patient: String, on date: LocalDate) -> Payer? {
    let day = date.description
    let c = (coverages[patient] ?? [])
      .filter { $0.effectiveFrom <= day && ($0.effectiveTo.map { day <= $0 } ?? true) }
      .sorted { ($0.priority.rank, $0.id) < ($1.priority.rank, $1.id) }.first
    return c.flatMap { payers[$0.payerId] }
  }

  /// The code family for a report (`other` outside the catalog).
  public static func family(_ cpt: String?) -> String {
    cpt.flatMap { ProcedureCatalog.entry($0)?.family.rawValue } ?? "other"
  }
}

extension CoveragePriority {
  var rank: Int {
    switch self {
    case .primary: 0
    case .secondary: 1
    case .tertiary: 2
    }
  }
}
