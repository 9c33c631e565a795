// Output kinds of intake-check, coverage-check and records-track (records.md "Tools add
// their own"): intake_status, coverage_status, records_status.

/// Who the next step of an intake waits on.
public enum IntakeWaitingOn: String, Codable, Sendable, CaseIterable {
  case clinic, patient
  case priorProvider = "prior_provider"
  case payer
}

/// One open referral: what is missing before the new-patient evaluation can be booked.
public struct IntakeStatus: TypedRecord, Equatable {
  public static let recordKind = RecordKind.intakeStatus
  public var kind = RecordKind.intakeStatus
  public var id: String
  public var referralId: String
  public var patientId: String
  public var status: ReferralStatus
  public var receivedOn: String
  /// What the office does next, as one verb phrase (`send intake packet`...).
  public var nextAction: String
  public var waitingOn: IntakeWaitingOn
  public var daysOpen: Int
  /// A packet or a prior-records request has waited more than `intake.follow_up` days.
  public var followUpDue: Bool
  /// The pieces not yet on file, in booking order.
  public var missing: [String]

  public init(
    referralId: String, patientId: String, status: ReferralStatus, receivedOn: String, nextAction: String,
    waitingOn: IntakeWaitingOn, daysOpen: Int, followUpDue: Bool, missing: [String]
  ) {
    self.id = "\(referralId)-intake"
    self.referralId = referralId
    self.patientId = patientId
    self.status = status
    self.receivedOn = receivedOn
    self.nextAction = nextAction
    self.waitingOn = waitingOn
    self.daysOpen = daysOpen
    self.followUpDue = followUpDue
    self.missing = missing
  }

  enum CodingKeys: String, CodingKey {
    case kind, id, status, missing
    case referralId = "referral_id", patientId = "patient_id", receivedOn = "received_on"
    case nextAction = "next_action", waitingOn = "waiting_on", daysOpen = "days_open"
    case followUpDue = "follow_up_due"
  }

  public var record: JSONObject {
    JSONObject([
      ("kind", .string(kind.rawValue)), ("id", .string(id)), ("referral_id", .string(referralId)),
      ("patient_id", .string(patientId)), ("status", .string(status.rawValue)),
      ("received_on", .string(receivedOn)), ("next_action", .string(nextAction)),
      ("waiting_on", .string(waitingOn.rawValue)), ("days_open", .int(Int64(daysOpen))),
      ("follow_up_due", .bool(followUpDue)), ("missing", .array(missing.map { .string($0) })),
    ])
  }
}

/// One upcoming appointment and the state of its coverage on the date of service.
public struct CoverageStatus: TypedRecord, Equatable {
  public static let recordKind = RecordKind.coverageStatus
  public var kind = RecordKind.coverageStatus
  public var id: String
  public var appointmentId: String
  public var patientId: String
  public var start: String
  public var type: AppointmentType
  public var ok: Bool
  public var problems: [String]
  /// Whom to call: the adjuster or TPA of an injury case, else the payer.
  public var contact: String
  /// Coverages active on the date of service, in billing order (primary, secondary,
  /// tertiary).
  public var priority: [String]
  public var paRequired: Bool?
  public var authId: String?
  public var caseId: String?

  public init(
    appointmentId: String, patientId: String, start: String, type: AppointmentType, problems: [String],
    contact: String, priority: [String], paRequired: Bool?, authId: String?, caseId: String?
  ) {
    self.id = "\(appointmentId)-coverage"
    self.appointmentId = appointmentId
    self.patientId = patientId
    self.start = start
    self.type = type
    self.ok = problems.isEmpty
    self.problems = problems
    self.contact = contact
    self.priority = priority
    self.paRequired = paRequired
    self.authId = authId
    self.caseId = caseId
  }

  enum CodingKeys: String, CodingKey {
    case kind, id, start, type, ok, problems, contact, priority
    case appointmentId = "appointment_id", patientId = "patient_id", paRequired = "pa_required"
    case authId = "auth_id", caseId = "case_id"
  }

  public var record: JSONObject {
    var o = JSONObject([
      ("kind", .string(kind.rawValue)), ("id", .string(id)), ("appointment_id", .string(appointmentId)),
      ("patient_id", .string(patientId)), ("start", .string(start)), ("type", .string(type.rawValue)),
      ("ok", .bool(ok)), ("problems", .array(problems.map { .string($0) })), ("contact", .string(contact)),
      ("priority", .array(priority.map { .string($0) })),
    ])
    if let paRequired { o["pa_required"] = .bool(paRequired) }
    if let authId { o["auth_id"] = .string(authId) }
    if let caseId { o["case_id"] = .string(caseId) }
    return o
  }
}

/// One open records request: when it is due, and whether it may be released.
public struct RecordsStatus: TypedRecord, Equatable {
  public static let recordKind = RecordKind.recordsStatus
  public var kind = RecordKind.recordsStatus
  public var id: String
  public var requestId: String
  public var patientId: String
  public var direction: RecordsDirection
  public var party: RecordsParty
  public var purpose: RecordsPurpose
  public var requestedOn: String
  public var dueOn: String
  public var overdue: Bool
  /// Days from --as-of to due_on (negative when overdue).
  public var daysLeft: Int
  /// Release needs a HIPAA authorization that is not on file.
  public var blocked: Bool
  public var reason: String
  public var rule: String
  public var feeCents: Int?

  public init(
    requestId: String, patientId: String, direction: RecordsDirection, party: RecordsParty, purpose: RecordsPurpose,
    requestedOn: String, dueOn: String, overdue: Bool, daysLeft: Int, blocked: Bool, reason: String, rule: String,
    feeCents: Int?
  ) {
    self.id = "\(requestId)-status"
    self.requestId = requestId
    self.patientId = patientId
    self.direction = direction
    self.party = party
    self.purpose = purpose
    self.requestedOn = requestedOn
    self.dueOn = dueOn
    self.overdue = overdue
    self.daysLeft = daysLeft
    self.blocked = blocked
    self.reason = reason
    self.rule = rule
    self.feeCents = feeCents
  }

  enum CodingKeys: String, CodingKey {
    case kind, id, direction, party, purpose, overdue, blocked, reason, rule
    case requestId = "request_id", patientId = "patient_id", requestedOn = "requested_on", dueOn = "due_on"
    case daysLeft = "days_left", feeCents = "fee_cents"
  }

  public var record: JSONObject {
    var o = JSONObject([
      ("kind", .string(kind.rawValue)), ("id", .string(id)), ("request_id", .string(requestId)),
      ("patient_id", .string(patientId)), ("direction", .string(direction.rawValue)),
      ("party", .string(party.rawValue)), ("purpose", .string(purpose.rawValue)),
      ("requested_on", .string(requestedOn)), ("due_on", .string(dueOn)), ("overdue", .bool(overdue)),
      ("days_left", .int(Int64(daysLeft))), ("blocked", .bool(blocked)), ("reason", .string(reason)),
      ("rule", .string(rule)),
    ])
    if let feeCents { o["fee_cents"] = .int(Int64(feeCents)) }
    return o
  }
}
