/// The records the controlled-substance worklists reason with, grouped by patient: read
/// once from the ledger (or built in memory by tests).
public struct ControlledSubstanceData: Sendable {
  public let patients: [String: Patient]
  public let rxById: [String: Rx]
  public let rx: [String: [Rx]]
  public let uds: [String: [UDS]]
  public let pdmp: [String: [PDMPCheck]]
  public let agreements: [String: [Agreement]]
  public let assessments: [String: [Assessment]]
  public let appointments: [String: [Appointment]]
  public let coverages: [String: [Coverage]]
  public let payers: [String: Payer]
  public let locations: [String: Location]

  public init(
    patients: [Patient], rx: [Rx], uds: [UDS] = [], pdmp: [PDMPCheck] = [], agreements: [Agreement] = [],
    assessments: [Assessment] = [], appointments: [Appointment] = [], coverages: [Coverage] = [],
    payers: [Payer] = [], locations: [Location] = []
  ) {
    self.patients = Dictionary(patients.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    rxById = Dictionary(rx.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    self.rx = Dictionary(grouping: rx, by: \.patientId)
    self.uds = Dictionary(grouping: uds, by: \.patientId)
    self.pdmp = Dictionary(grouping: pdmp, by: \.patientId)
    self.agreements = Dictionary(grouping: agreements, by: \.patientId)
    self.assessments = Dictionary(grouping: assessments, by: \.patientId)
    self.appointments = Dictionary(grouping: appointments, by: \.patientId)
    self.coverages = Dictionary(grouping: coverages, by: \.patientId)
    self.payers = Dictionary(payers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    self.locations = Dictionary(locations.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// Reads every kind it needs from the ledger.
  public static func load(from ledger: Ledger) throws(ToolkitError) -> ControlledSubstanceData {
    ControlledSubstanceData(
      patients: try ledger.all(Patient.self), rx: try ledger.all(Rx.self), uds: try ledger.all(UDS.self),
      pdmp: try ledger.all(PDMPCheck.self), agreements: try ledger.all(Agreement.self),
      assessments: try ledger.all(Assessment.self), appointments: try ledger.all(Appointment.self),
      coverages: try ledger.all(Coverage.self), payers: try ledger.all(Payer.self),
      locations: try ledger.all(Location.self))
  }

  /// Reads what a queue needs: the charts of `patientIds` and the prescriptions named by
  /// `rxIds`, whoever's they are.
  public static func load(from ledger: Ledger, patientIds: [String], rxIds: [String]) throws(ToolkitError) -> ControlledSubstanceData {
    let ids = Array(Set(patientIds)).sorted()
    var rx = try Ledger.decodeAll(ledger.records(of: .rx, where: "patient_id", in: ids), as: Rx.self)
    let named = Set(rxIds).subtracting(rx.map(\.id)).sorted()
    rx += try Ledger.decodeAll(ledger.records(of: .rx, where: "id", in: named), as: Rx.self)
    rx.sort { $0.id < $1.id }
    return try charts(from: ledger, patientIds: ids, rx: rx)
  }

  /// What the worklists read about the patients with a prescription (the only ones
  /// `controlledPatients` can name) and about `also`, with every prescription: the same
  /// answers as `load(from:)` for those patients, without reading every patient's chart.
  public static func load(from ledger: Ledger, prescribedOr also: Set<String>) throws(ToolkitError)
    -> ControlledSubstanceData
  {
    let rx = try ledger.all(Rx.self)
    return try charts(from: ledger, patientIds: also.union(rx.map(\.patientId)).sorted(), rx: rx)
  }

  /// The charts of `patientIds` (sorted, unique), in chunked set-based queries, by id
  /// within each patient as `load(from:)` gives them, with `rx` and every payer and location.
  private static func charts(from ledger: Ledger, patientIds ids: [String], rx: [Rx]) throws(ToolkitError)
    -> ControlledSubstanceData
  {
    func of<T: TypedRecord>(_ type: T.Type) throws(ToolkitError) -> [T] {
      try Ledger.decodeAll(ledger.records(of: T.recordKind, where: T.recordKind == .patient ? "id" : "patient_id", in: ids), as: T.self)
    }
    return ControlledSubstanceData(
      patients: try of(Patient.self), rx: rx, uds: try of(UDS.self), pdmp: try of(PDMPCheck.self),
      agreements: try of(Agreement.self), assessments: try of(Assessment.self), appointments: try of(Appointment.self),
      coverages: try of(Coverage.self), payers: try ledger.all(Payer.self), locations: try ledger.all(Location.self))
  }

  /// Patients with an active controlled-substance prescription of the clinic on `date`,
  /// by id (one from outside the clinic alone does not make it monitor the patient).
  public func controlledPatients(on date: LocalDate) -> [String] {
    rx.keys.filter { !clinicControlled($0, on: date).isEmpty }.sorted()
  }
}

/// Dates of a prescription (design.md §6 "active").
extension Rx {
  public var writtenDate: LocalDate? { LocalDate(writtenOn) }

  /// The latest fill: `filled_on`, else the latest of `fills`.
  public var lastFill: (date: LocalDate, daysSupply: Int)? { lastFill(onOrBefore: nil) }

  /// The latest fill on or before `date` (any date when nil).
  public func lastFill(onOrBefore date: LocalDate?) -> (date: LocalDate, daysSupply: Int)? {
    var best: (LocalDate, Int)?
    func consider(_ d: LocalDate?, _ supply: Int) {
      guard let d, date.map({ d <= $0 }) ?? true, best.map({ d > $0.0 }) ?? true else { return }
      best = (d, supply)
    }
    for f in fills ?? [] { consider(LocalDate(f.date), f.daysSupply) }
    consider(filledOn.flatMap(LocalDate.init), daysSupply)
    return best
  }

  /// Fills after the first (refills used).
  public var refillsUsed: Int { max(0, (fills?.count ?? (filledOn == nil ? 0 : 1)) - 1) }

  public var isControlled: Bool { schedule != .none }

  /// Active on `date` (design.md §6), and written by then. An unfilled prescription with
  /// an earliest fill date (a Schedule II series, 21 CFR 1306.12(b)) counts its supply
  /// from that date, not from the day it was written.
  public func isActive(on date: LocalDate) -> Bool {
    guard let w = writtenDate, w <= date else { return false }
    let fill = lastFill.flatMap { $0.date <= date ? $0 : nil }
    let start = fill == nil ? max(w, earliestFillOn.flatMap(LocalDate.init) ?? w) : w
    return ActivePrescription.isActive(
      status: status.rawValue, writtenOn: start, lastFilledOn: fill?.date, daysSupply: fill?.daysSupply ?? daysSupply,
      asOf: date)
  }
}
