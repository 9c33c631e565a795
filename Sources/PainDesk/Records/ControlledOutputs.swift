// Output kinds of uds-due and refill-check (records.md "Tools add their own").

/// One patient's urine drug screen schedule (uds-due).
public struct UDSSchedule: TypedRecord, Equatable {
  public static let recordKind = RecordKind.udsSchedule
  public var kind = RecordKind.udsSchedule
  public var id: String
  public var patientId: String
  public var riskTier: RiskTier
  /// `patient` (the record's tier), `ort` (the latest ORT score) or `default`.
  public var tierSource: String
  public var intervalDays: Int
  public var lastCollectedOn: String?
  public var dueOn: String
  public var overdue: Bool
  public var nextAppointment: String?
  public var collectAtNextVisit: Bool

  enum CodingKeys: String, CodingKey {
    case kind, id, overdue
    case patientId = "patient_id", riskTier = "risk_tier", tierSource = "tier_source"
    case intervalDays = "interval_days", lastCollectedOn = "last_collected_on", dueOn = "due_on"
    case nextAppointment = "next_appointment", collectAtNextVisit = "collect_at_next_visit"
  }
}

/// A finding as a routing record carries it (no id or subject: the routing is the subject).
public struct RoutingFinding: Codable, Sendable, Equatable {
  public var rule: String
  public var source: String
  public var severity: Severity
  public var message: String

  public init(rule: String, source: String, severity: Severity, message: String) {
    self.rule = rule
    self.source = source
    self.severity = severity
    self.message = message
  }
}

/// Whether naloxone was prescribed or offered, where CDC 2022 Rec 8 asks for it (MME/day
/// at or above the naloxone threshold, or an opioid with a benzodiazepine).
public enum NaloxoneStatus: String, Codable, Sendable, CaseIterable {
  case prescribed, offered
  case notOffered = "not_offered"
}

public enum RoutingDecision: String, Codable, Sendable, CaseIterable {
  case readyForPrescriber = "ready_for_prescriber"
  case needsAction = "needs_action"
}

/// Where one refill request goes next, and why (refill-check). Never a clinical
/// decision: the paperwork state and the guideline signals for the prescriber.
public struct Routing: TypedRecord, Equatable {
  public static let recordKind = RecordKind.routing
  public var kind = RecordKind.routing
  public var id: String
  public var requestId: String
  public var patientId: String
  public var rxId: String
  public var drug: String?
  public var decision: RoutingDecision
  /// The patient's total across the opioid prescriptions taken on the day.
  public var mmePerDay: Double
  public var mmeTable: String
  /// What the office does next, in a few words.
  public var nextStep: String
  public var findings: [RoutingFinding]
  /// Set when naloxone is indicated (CDC 2022 Rec 8).
  public var naloxone: NaloxoneStatus?

  enum CodingKeys: String, CodingKey {
    case kind, id, drug, decision, findings, naloxone
    case requestId = "request_id", patientId = "patient_id", rxId = "rx_id"
    case mmePerDay = "mme_per_day", mmeTable = "mme_table", nextStep = "next_step"
  }
}

/// The evidence behind one controlled-substance prescription, as an auditor asks for it
/// (refill-check audit). `*_entered_at` is when the record first reached the ledger.
public struct RxAudit: TypedRecord, Equatable {
  public static let recordKind = RecordKind.rxAudit
  public var kind = RecordKind.rxAudit
  public var id: String
  public var rxId: String
  public var patientId: String
  public var prescriberId: String
  public var drug: String
  public var schedule: DEASchedule
  public var writtenOn: String
  public var rxEnteredAt: String?
  public var pdmpCheckId: String?
  public var pdmpCheckedOn: String?
  public var pdmpCheckedBy: String?
  public var pdmpEnteredAt: String?
  public var udsId: String?
  public var udsCollectedOn: String?
  public var udsReviewedOn: String?
  public var udsEnteredAt: String?
  public var agreementId: String?
  public var agreementSignedOn: String?
  public var agreementEnteredAt: String?
  public var lastVisitOn: String?
  public var mmePerDay: Double
  public var mmeTable: String
  public var gaps: [String]

  enum CodingKeys: String, CodingKey {
    case kind, id, drug, schedule, gaps
    case rxId = "rx_id", patientId = "patient_id", prescriberId = "prescriber_id"
    case writtenOn = "written_on", rxEnteredAt = "rx_entered_at"
    case pdmpCheckId = "pdmp_check_id", pdmpCheckedOn = "pdmp_checked_on", pdmpCheckedBy = "pdmp_checked_by"
    case pdmpEnteredAt = "pdmp_entered_at"
    case udsId = "uds_id", udsCollectedOn = "uds_collected_on", udsReviewedOn = "uds_reviewed_on"
    case udsEnteredAt = "uds_entered_at"
    case agreementId = "agreement_id", agreementSignedOn = "agreement_signed_on"
    case agreementEnteredAt = "agreement_entered_at", lastVisitOn = "last_visit_on"
    case mmePerDay = "mme_per_day", mmeTable = "mme_table"
  }
}

extension RefillRequest {
  /// A request made on the command line (`refill-check --patient --rx`).
  public init(id: String, patientId: String, rxId: String, requestedOn: String, channel: String, note: String? = nil) {
    self.id = id
    self.patientId = patientId
    self.rxId = rxId
    self.requestedOn = requestedOn
    self.channel = channel
    self.note = note
  }
}
