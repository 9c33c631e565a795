// Output kinds of recall-scan (records.md "Tools add their own"): recall and offer.

/// Why a patient is due for a visit; each reason is one rule (ShippedRecallRules).
public enum RecallReason: String, Codable, Sendable, CaseIterable {
  case opioidFollowUp = "opioid_follow_up"
  case procedureFollowUp = "procedure_follow_up"
  case repeatEvaluation = "repeat_evaluation"
  case scsFollowUp = "scs_follow_up"
  case pumpRefill = "pump_refill"
  case patientInterval = "patient_interval"
  case rebook
  case referral
}

/// What the office does next about a recall.
public enum RecallAction: String, Codable, Sendable, CaseIterable {
  case call, letter
  case dischargeReview = "discharge_review"
  case doNotContact = "do_not_contact"
}

/// Due or overdue, as design.md §6 defines the words.
public enum RecallState: String, Codable, Sendable, CaseIterable {
  case due, overdue
}

/// One patient due or overdue for a visit, for one reason.
public struct Recall: TypedRecord, Equatable {
  public static let recordKind = RecordKind.recall
  public var kind = RecordKind.recall
  public var id: String
  public var patientId: String
  public var reason: RecallReason
  public var rule: String
  public var source: String
  /// The record behind the reason: a procedure, appointment, referral or prescription.
  public var subjectId: String?
  /// The last qualifying event (a visit; for a pump, the last refill).
  public var lastVisitOn: String?
  public var dueOn: String
  public var state: RecallState
  public var daysOverdue: Int
  /// 1 an overdue chronic opioid follow-up, 2 other overdue, 3 due.
  public var priority: Int
  public var contactPreference: ContactChannel?
  public var attempts: Int
  public var failedAttempts: Int
  public var action: RecallAction
  /// True when a future appointment satisfies the reason (listed with --include-scheduled).
  public var scheduled: Bool
  public var scheduledOn: String?
  public var appointmentId: String?

  public init(
    patientId: String, reason: RecallReason, rule: String, source: String, subjectId: String?,
    lastVisitOn: String?, dueOn: String, state: RecallState, daysOverdue: Int, priority: Int,
    contactPreference: ContactChannel?, attempts: Int, failedAttempts: Int, action: RecallAction,
    scheduled: Bool = false, scheduledOn: String? = nil, appointmentId: String? = nil
  ) {
    self.id = "\(patientId)-recall-\(reason.rawValue)"
    self.patientId = patientId
    self.reason = reason
    self.rule = rule
    self.source = source
    self.subjectId = subjectId
    self.lastVisitOn = lastVisitOn
    self.dueOn = dueOn
    self.state = state
    self.daysOverdue = daysOverdue
    self.priority = priority
    self.contactPreference = contactPreference
    self.attempts = attempts
    self.failedAttempts = failedAttempts
    self.action = action
    self.scheduled = scheduled
    self.scheduledOn = scheduledOn
    self.appointmentId = appointmentId
  }

  enum CodingKeys: String, CodingKey {
    case kind, id, reason, rule, source, state, priority, attempts, action, scheduled
    case patientId = "patient_id", subjectId = "subject_id", lastVisitOn = "last_visit_on"
    case dueOn = "due_on", daysOverdue = "days_overdue", contactPreference = "contact_preference"
    case failedAttempts = "failed_attempts", scheduledOn = "scheduled_on", appointmentId = "appointment_id"
  }

  /// The record as written, built by hand with its members already in canonical key
  /// order: recall-scan writes 20,000 of them at 100,000 patients, and inserting key by
  /// key (a binary search and a shift each) was a few percent of its time. The same
  /// object the generic encoder gives (tested).
  public var record: JSONObject {
    var m: [(key: String, value: JSONValue)] = []
    m.reserveCapacity(19)
    m.append(("action", .string(action.rawValue)))
    if let appointmentId { m.append(("appointment_id", .string(appointmentId))) }
    m.append(("attempts", .int(Int64(attempts))))
    if let contactPreference { m.append(("contact_preference", .string(contactPreference.rawValue))) }
    m.append(("days_overdue", .int(Int64(daysOverdue))))
    m.append(("due_on", .string(dueOn)))
    m.append(("failed_attempts", .int(Int64(failedAttempts))))
    m.append(("id", .string(id)))
    m.append(("kind", .string(kind.rawValue)))
    if let lastVisitOn { m.append(("last_visit_on", .string(lastVisitOn))) }
    m.append(("patient_id", .string(patientId)))
    m.append(("priority", .int(Int64(priority))))
    m.append(("reason", .string(reason.rawValue)))
    m.append(("rule", .string(rule)))
    m.append(("scheduled", .bool(scheduled)))
    if let scheduledOn { m.append(("scheduled_on", .string(scheduledOn))) }
    m.append(("source", .string(source)))
    m.append(("state", .string(state.rawValue)))
    if let subjectId { m.append(("subject_id", .string(subjectId))) }
    return JSONObject(sortedUniqueMembers: m)
  }
}

/// A waitlisted patient proposed for an open slot.
public struct Offer: TypedRecord, Equatable {
  public static let recordKind = RecordKind.offer
  public var kind = RecordKind.offer
  public var id: String
  public var slotId: String
  public var patientId: String
  /// 1 is the best fit for the slot.
  public var rank: Int
  public var why: String
  public var waitlistId: String
  public var providerId: String
  public var start: String
  public var type: AppointmentType
  public var authId: String?
  /// The appointment recorded with --book.
  public var appointmentId: String?
  /// The patient's later appointment on the same auth that this slot brings forward
  /// (--book cancels it).
  public var movesAppointmentId: String?

  public init(
    slotId: String, patientId: String, rank: Int, why: String, waitlistId: String, providerId: String,
    start: String, type: AppointmentType, authId: String?, appointmentId: String? = nil, movesAppointmentId: String? = nil
  ) {
    self.id = "\(slotId)-offer-\(waitlistId)"
    self.slotId = slotId
    self.patientId = patientId
    self.rank = rank
    self.why = why
    self.waitlistId = waitlistId
    self.providerId = providerId
    self.start = start
    self.type = type
    self.authId = authId
    self.appointmentId = appointmentId
    self.movesAppointmentId = movesAppointmentId
  }

  enum CodingKeys: String, CodingKey {
    case kind, id, rank, why, start, type
    case slotId = "slot_id", patientId = "patient_id", waitlistId = "waitlist_id"
    case providerId = "provider_id", authId = "auth_id", appointmentId = "appointment_id"
    case movesAppointmentId = "moves_appointment_id"
  }

  public var record: JSONObject {
    var o = JSONObject([
      ("kind", .string(kind.rawValue)), ("id", .string(id)), ("slot_id", .string(slotId)),
      ("patient_id", .string(patientId)), ("rank", .int(Int64(rank))), ("why", .string(why)),
      ("waitlist_id", .string(waitlistId)), ("provider_id", .string(providerId)), ("start", .string(start)),
      ("type", .string(type.rawValue)),
    ])
    if let authId { o["auth_id"] = .string(authId) }
    if let appointmentId { o["appointment_id"] = .string(appointmentId) }
    if let movesAppointmentId { o["moves_appointment_id"] = .string(movesAppointmentId) }
    return o
  }
}
