// Intake and records (records.md): referral, records_request.

public enum ReferralSource: String, Codable, Sendable, CaseIterable {
  case pcp, orthopedics, ed, neurology
  case `self` = "self"
  case other
}

public enum ReferralStatus: String, Codable, Sendable, CaseIterable {
  case received
  case intakeSent = "intake_sent"
  case intakeReturned = "intake_returned"
  case recordsRequested = "records_requested"
  case recordsReceived = "records_received"
  case ready, scheduled, declined
}

public struct Referral: TypedRecord, Equatable {
  public static let recordKind = RecordKind.referral
  public var kind = RecordKind.referral
  public var id: String
  public var patientId: String
  public var receivedOn: String
  public var source: ReferralSource
  public var referringNpi: String?
  public var reason: String
  public var urgency: String?
  public var status: ReferralStatus
  public var statusOn: String?

  enum CodingKeys: String, CodingKey {
    case kind, id, source, reason, urgency, status
    case statusOn = "status_on"
    case patientId = "patient_id", receivedOn = "received_on", referringNpi = "referring_npi"
  }
}

public enum RecordsDirection: String, Codable, Sendable, CaseIterable {
  case incoming, outgoing
}

public enum RecordsParty: String, Codable, Sendable, CaseIterable {
  case attorney, insurer, ssa, employer, patient, provider
}

public enum RecordsPurpose: String, Codable, Sendable, CaseIterable {
  case disability, fce, legal
  case priorRecords = "prior_records"
  case continuity
}

public enum RecordsRequestStatus: String, Codable, Sendable, CaseIterable {
  case open, sent, received, closed, refused
}

public struct RecordsRequest: TypedRecord, Equatable {
  public static let recordKind = RecordKind.recordsRequest
  public var kind = RecordKind.recordsRequest
  public var id: String
  public var patientId: String
  public var direction: RecordsDirection
  public var party: RecordsParty
  public var purpose: RecordsPurpose
  public var requestedOn: String
  public var dueOn: String?
  public var hipaaAuthorizationOn: String?
  public var status: RecordsRequestStatus
  public var feeCents: Int?
  public var sentOn: String?
  public var sentDocuments: [SentDocument]?
  public var closedOn: String?

  enum CodingKeys: String, CodingKey {
    case kind, id, direction, party, purpose, status
    case sentOn = "sent_on", sentDocuments = "sent_documents", closedOn = "closed_on"
    case patientId = "patient_id", requestedOn = "requested_on", dueOn = "due_on"
    case hipaaAuthorizationOn = "hipaa_authorization_on", feeCents = "fee_cents"
  }
}

/// One document released for a records request, with its hash at the time.
public struct SentDocument: Codable, Sendable, Equatable {
  public var documentId: String
  public var sha256: String

  public init(documentId: String, sha256: String) {
    self.documentId = documentId
    self.sha256 = sha256
  }

  enum CodingKeys: String, CodingKey {
    case sha256
    case documentId = "document_id"
  }
}
