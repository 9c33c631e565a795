/// A typed, Codable view of one record kind. Views are for tools that compute with a
/// record; the pipe itself carries `JSONObject`s so unknown fields pass through.
public protocol TypedRecord: Codable, Sendable {
  static var recordKind: RecordKind { get }
  var id: String { get }
}

/// The typed view of each kind, for generic code and the drift tests.
public enum TypedRecords {
  public static func type(for kind: RecordKind) -> any TypedRecord.Type {
    switch kind {
    case .patient: return Patient.self
    case .provider: return Provider.self
    case .location: return Location.self
    case .payer: return Payer.self
    case .coverage: return Coverage.self
    case .case: return InsuranceCase.self
    case .diagnosis: return Diagnosis.self
    case .conservativeCare: return ConservativeCare.self
    case .imaging: return Imaging.self
    case .assessment: return Assessment.self
    case .procedure: return Procedure.self
    case .document: return Document.self
    case .auth: return Auth.self
    case .claim: return Claim.self
    case .fee: return Fee.self
    case .denial: return Denial.self
    case .appeal: return Appeal.self
    case .appointment: return Appointment.self
    case .slot: return Slot.self
    case .waitlist: return Waitlist.self
    case .outreach: return Outreach.self
    case .rx: return Rx.self
    case .refillRequest: return RefillRequest.self
    case .uds: return UDS.self
    case .pdmpCheck: return PDMPCheck.self
    case .agreement: return Agreement.self
    case .referral: return Referral.self
    case .recordsRequest: return RecordsRequest.self
    case .finding: return Finding.self
    case .readiness: return Readiness.self
    case .reportRow: return ReportRow.self
    case .udsSchedule: return UDSSchedule.self
    case .routing: return Routing.self
    case .rxAudit: return RxAudit.self
    case .recall: return Recall.self
    case .offer: return Offer.self
    case .intakeStatus: return IntakeStatus.self
    case .coverageStatus: return CoverageStatus.self
    case .recordsStatus: return RecordsStatus.self
    }
  }
}
