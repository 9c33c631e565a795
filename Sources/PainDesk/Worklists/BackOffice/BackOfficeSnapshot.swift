/// The records the back-office worklists read, loaded once from the ledger (typed views,
/// void records left out) and indexed by patient. Tests build one from literals.
public struct BackOfficeSnapshot: Sendable {
  public var patients: [String: Patient] = [:]
  public var payers: [String: Payer] = [:]
  public var locations: [String: Location] = [:]
  public var coverages: [String: [Coverage]] = [:]
  public var cases: [String: [InsuranceCase]] = [:]
  public var auths: [String: [Auth]] = [:]
  /// What the ledger has used of each auth, by auth id (performed and scheduled).
  public var authUses: [String: AuthUses] = [:]
  public var procedures: [String: [Procedure]] = [:]
  public var appointments: [Appointment] = []
  public var referrals: [Referral] = []
  public var requests: [RecordsRequest] = []
  public var documents: [String: Document] = [:]
  public var assessments: [String: [Assessment]] = [:]
  public var outreach: [String: [Outreach]] = [:]

  public init() {}

  /// What a tool reads beyond patients, payers, locations, coverages and cases.
  public struct Parts: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let scheduling = Parts(rawValue: 1)  // appointments, auths and their uses, procedures
    public static let intake = Parts(rawValue: 2)  // referrals, requests, documents, assessments, outreach
    public static let all: Parts = [.scheduling, .intake]
  }

  /// The records the parts need, from the ledger (typed decoding is the cost: read no
  /// more kinds than a tool uses).
  public static func load(_ ledger: Ledger, parts: Parts = .all) throws(ToolkitError) -> BackOfficeSnapshot {
    var s = BackOfficeSnapshot()
    for p in try ledger.all(Patient.self) { s.patients[p.id] = p }
    for p in try ledger.all(Payer.self) { s.payers[p.id] = p }
    for l in try ledger.all(Location.self) { s.locations[l.id] = l }
    for c in try ledger.all(Coverage.self) { s.coverages[c.patientId, default: []].append(c) }
    for c in try ledger.all(InsuranceCase.self) { s.cases[c.patientId, default: []].append(c) }
    if parts.contains(.scheduling) {
      let auths = try ledger.all(Auth.self)
      for a in auths { s.auths[a.patientId, default: []].append(a) }
      s.authUses = try ledger.authUses(authIds: auths.map(\.id))
      for p in try ledger.all(Procedure.self) where p.status == .planned { s.procedures[p.patientId, default: []].append(p) }
      s.appointments = try ledger.all(Appointment.self)
    }
    if parts.contains(.intake) {
      s.referrals = try ledger.all(Referral.self)
      s.requests = try ledger.all(RecordsRequest.self)
      for d in try ledger.all(Document.self) { s.documents[d.id] = d }
      for a in try ledger.all(Assessment.self) { s.assessments[a.patientId, default: []].append(a) }
      for o in try ledger.all(Outreach.self) { s.outreach[o.patientId, default: []].append(o) }
    }
    return s
  }

  public mutating func add(_ c: Coverage) { coverages[c.patientId, default: []].append(c) }
  public mutating func add(_ c: InsuranceCase) { cases[c.patientId, default: []].append(c) }
  public mutating func add(_ a: Auth) { auths[a.patientId, default: []].append(a) }
  public mutating func add(_ a: Assessment) { assessments[a.patientId, default: []].append(a) }
  public mutating func add(_ d: Document) { documents[d.id] = d }

  /// Documents of one patient.
  public func documents(of patient: String) -> [Document] {
    documents.values.filter { $0.patientId == patient }
  }
}
