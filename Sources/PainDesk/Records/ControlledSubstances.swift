// Controlled substances (records.md): rx, refill_request, uds, pdmp_check, agreement.

public enum StrengthUnit: String, Codable, Sendable, CaseIterable {
  case mg
  case mcgPerHour = "mcg_per_hr"
  case mcg
}

public enum DosageForm: String, Codable, Sendable, CaseIterable {
  case tablet, capsule, solution, patch, film, other
}

/// DEA controlled substance schedule (21 CFR 1308), or none.
public enum DEASchedule: String, Codable, Sendable, CaseIterable {
  case cii, ciii, civ, cv, none
}

public enum RxStatus: String, Codable, Sendable, CaseIterable {
  case active, discontinued
}

/// Where a prescription written outside the clinic was learned of.
public enum RxSource: String, Codable, Sendable, CaseIterable {
  case pdmp
  case patientReport = "patient_report"
  case outsideRecords = "outside_records"
}

/// The prescriber of a prescription written outside the clinic.
public struct OutsidePrescriber: Codable, Sendable, Equatable {
  public var name: String
  public var npi: String?
  /// DEA registration number.
  public var dea: String?
}

public struct RxFill: Codable, Sendable, Equatable {
  public var date: String
  public var quantity: Double
  public var daysSupply: Int

  enum CodingKeys: String, CodingKey {
    case date, quantity
    case daysSupply = "days_supply"
  }
}

public struct Rx: TypedRecord, Equatable {
  public static let recordKind = RecordKind.rx
  public var kind = RecordKind.rx
  public var id: String
  public var patientId: String
  /// The clinic provider who wrote it; nil for a prescription from outside the clinic.
  public var prescriberId: String?
  /// Ingredient name.
  public var drug: String
  /// Ingredient RxCUI.
  public var rxnorm: String?
  public var strength: Double
  public var strengthUnit: StrengthUnit
  public var form: DosageForm
  /// Not used for MME when the form is a patch.
  public var unitsPerDay: Double
  public var quantity: Double
  public var daysSupply: Int
  public var schedule: DEASchedule
  public var writtenOn: String
  public var filledOn: String?
  public var refills: Int?
  public var status: RxStatus
  public var pharmacy: String?
  public var ndc: String?
  /// Patches worn at once, default 1.
  public var concurrentUnits: Int?
  public var fills: [RxFill]?
  public var pickedUpOn: String?
  /// The earliest date a pharmacy may fill a Schedule II prescription of a multiple-Rx
  /// series (21 CFR 1306.12(b)(1)(ii)).
  public var earliestFillOn: String?
  public var outsidePrescriber: OutsidePrescriber?
  /// Set for a prescription from outside the clinic.
  public var source: RxSource?
  /// The day naloxone was offered with this prescription (CDC 2022 Rec 8).
  public var naloxoneOfferedOn: String?

  /// Written outside the clinic (found on the PDMP, reported by the patient, in outside
  /// records): it counts in MME and the signals, and is never refilled by the clinic.
  public var isOutside: Bool { source != nil || prescriberId == nil }

  enum CodingKeys: String, CodingKey {
    case kind, id, drug, rxnorm, strength, form, quantity, schedule, refills, status
    case pharmacy, ndc, fills, source
    case outsidePrescriber = "outside_prescriber", naloxoneOfferedOn = "naloxone_offered_on"
    case patientId = "patient_id", prescriberId = "prescriber_id"
    case strengthUnit = "strength_unit", unitsPerDay = "units_per_day"
    case daysSupply = "days_supply", writtenOn = "written_on", filledOn = "filled_on"
    case concurrentUnits = "concurrent_units", pickedUpOn = "picked_up_on"
    case earliestFillOn = "earliest_fill_on"
  }
}

/// Where a refill request stands; absent means open. The queue holds the open and the
/// routed ones; the others are closed.
public enum RefillRequestStatus: String, Codable, Sendable, CaseIterable {
  case open, routed, approved, denied, cancelled, filled

  /// Still in the queue.
  public var isQueued: Bool { self == .open || self == .routed }
  /// What `refill-check close` may set.
  public static let closing: [RefillRequestStatus] = [.approved, .denied, .cancelled, .filled]
}

public struct RefillRequest: TypedRecord, Equatable {
  public static let recordKind = RecordKind.refillRequest
  public var kind = RecordKind.refillRequest
  public var id: String
  public var patientId: String
  public var rxId: String
  public var requestedOn: String
  public var channel: String
  public var note: String?
  public var status: RefillRequestStatus?
  /// The day it was closed (for `filled`, the fill's date).
  public var closedOn: String?
  public var statusNote: String?

  /// Absent means open.
  public var currentStatus: RefillRequestStatus { status ?? .open }

  enum CodingKeys: String, CodingKey {
    case kind, id, channel, note, status
    case patientId = "patient_id", rxId = "rx_id", requestedOn = "requested_on"
    case closedOn = "closed_on", statusNote = "status_note"
  }
}

public enum UDSType: String, Codable, Sendable, CaseIterable {
  case presumptive, definitive
}

public struct UDSResult: Codable, Sendable, Equatable {
  public var substance: String
  public var detected: Bool
}

/// A urine drug screen.
public struct UDS: TypedRecord, Equatable {
  public static let recordKind = RecordKind.uds
  public var kind = RecordKind.uds
  public var id: String
  public var patientId: String
  public var type: UDSType
  public var orderedOn: String
  public var collectedOn: String?
  public var resultedOn: String?
  public var reviewedOn: String?
  public var reviewedBy: String?
  public var results: [UDSResult]?

  enum CodingKeys: String, CodingKey {
    case kind, id, type, results
    case patientId = "patient_id", orderedOn = "ordered_on", collectedOn = "collected_on"
    case resultedOn = "resulted_on", reviewedOn = "reviewed_on", reviewedBy = "reviewed_by"
  }
}

public enum PDMPResult: String, Codable, Sendable, CaseIterable {
  case consistent, inconsistent, unavailable
}

/// A prescription drug monitoring program query.
public struct PDMPCheck: TypedRecord, Equatable {
  public static let recordKind = RecordKind.pdmpCheck
  public var kind = RecordKind.pdmpCheck
  public var id: String
  public var patientId: String
  public var state: String
  public var checkedOn: String
  public var checkedBy: String
  public var result: PDMPResult

  enum CodingKeys: String, CodingKey {
    case kind, id, state, result
    case patientId = "patient_id", checkedOn = "checked_on", checkedBy = "checked_by"
  }
}

public enum AgreementType: String, Codable, Sendable, CaseIterable {
  case opioidTreatment = "opioid_treatment"
}

public struct Agreement: TypedRecord, Equatable {
  public static let recordKind = RecordKind.agreement
  public var kind = RecordKind.agreement
  public var id: String
  public var patientId: String
  public var type: AgreementType
  public var signedOn: String
  public var expiresOn: String?

  enum CodingKeys: String, CodingKey {
    case kind, id, type
    case patientId = "patient_id", signedOn = "signed_on", expiresOn = "expires_on"
  }
}
