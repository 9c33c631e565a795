// Scheduling and recall (records.md): appointment, slot, waitlist, outreach.

public enum AppointmentType: String, Codable, Sendable, CaseIterable {
  case newPatient = "new_patient"
  case followUp = "follow_up"
  case procedure, uds
  case pumpRefill = "pump_refill"
  case telehealth
}

public enum AppointmentStatus: String, Codable, Sendable, CaseIterable {
  case scheduled, completed, cancelled
  case noShow = "no_show"
}

public struct Appointment: TypedRecord, Equatable {
  public static let recordKind = RecordKind.appointment
  public var kind = RecordKind.appointment
  public var id: String
  public var patientId: String
  public var providerId: String
  /// Local `YYYY-MM-DDTHH:MM` in the clinic's time zone, or an instant with an offset.
  public var start: String
  public var durationMin: Int
  public var type: AppointmentType
  public var status: AppointmentStatus
  public var cpts: [String]?
  public var authId: String?
  public var locationId: String?
  public var cancelledAt: String?

  enum CodingKeys: String, CodingKey {
    case kind, id, start, type, status, cpts
    case patientId = "patient_id", providerId = "provider_id", durationMin = "duration_min"
    case authId = "auth_id", locationId = "location_id", cancelledAt = "cancelled_at"
  }
}

public struct Slot: TypedRecord, Equatable {
  public static let recordKind = RecordKind.slot
  public var kind = RecordKind.slot
  public var id: String
  public var providerId: String
  public var start: String
  public var durationMin: Int
  public var type: AppointmentType?
  public var location: String?

  enum CodingKeys: String, CodingKey {
    case kind, id, start, type, location
    case providerId = "provider_id", durationMin = "duration_min"
  }
}

/// A day a waitlisted patient can come, as records write it (`mon` .. `sun`).
public enum WaitlistDay: String, Codable, Sendable, CaseIterable {
  case mon, tue, wed, thu, fri, sat, sun
}

public enum TimeOfDay: String, Codable, Sendable, CaseIterable {
  case am, pm, any
}

public struct Waitlist: TypedRecord, Equatable {
  public static let recordKind = RecordKind.waitlist
  public var kind = RecordKind.waitlist
  public var id: String
  public var patientId: String
  public var providerId: String?
  public var type: AppointmentType
  public var cpts: [String]?
  public var authId: String?
  public var addedOn: String
  public var earliest: String?
  public var latest: String?
  public var days: [WaitlistDay]?
  public var times: TimeOfDay?

  enum CodingKeys: String, CodingKey {
    case kind, id, type, cpts, earliest, latest, days, times
    case patientId = "patient_id", providerId = "provider_id", authId = "auth_id"
    case addedOn = "added_on"
  }
}

public enum OutreachPurpose: String, Codable, Sendable, CaseIterable {
  case recall, uds, records, intake, waitlist
}

public enum OutreachResult: String, Codable, Sendable, CaseIterable {
  case reached, voicemail
  case noAnswer = "no_answer"
  case scheduled, declined
  case badNumber = "bad_number"
  case letterSent = "letter_sent"
}

public struct Outreach: TypedRecord, Equatable {
  public static let recordKind = RecordKind.outreach
  public var kind = RecordKind.outreach
  public var id: String
  public var patientId: String
  public var date: String
  public var channel: ContactChannel
  public var purpose: OutreachPurpose
  public var result: OutreachResult

  enum CodingKeys: String, CodingKey {
    case kind, id, date, channel, purpose, result
    case patientId = "patient_id"
  }
}
