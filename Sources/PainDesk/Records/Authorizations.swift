// Authorizations, claims, fees, denials and appeals (records.md).

/// A payer's decision on one line of a request (payers decide per line).
public enum ItemOutcome: String, Codable, Sendable, CaseIterable {
  case approved, partial, modified, denied, pended
}

public enum Urgency: String, Codable, Sendable, CaseIterable {
  case standard, expedited
}

public enum AuthStatus: String, Codable, Sendable, CaseIterable {
  case draft, submitted, pended, approved
  case approvedPendingNumber = "approved_pending_number"
  case partial, modified, denied, cancelled, expired
}

/// One service line of an auth, like an HL7 Da Vinci PAS request item.
public struct AuthItem: Codable, Sendable, Equatable {
  public var seq: Int
  public var cpt: String
  public var units: Int
  public var region: SpinalRegion?
  public var side: Side?
  public var levels: [String]?
  public var outcome: ItemOutcome?
  public var approvedUnits: Int?
  public var unitsUsed: Int?

  enum CodingKeys: String, CodingKey {
    case seq, cpt, units, region, side, levels, outcome
    case approvedUnits = "approved_units", unitsUsed = "units_used"
  }
}

/// Why a payer denied: X12 claim adjustment reason (CARC), remark codes (RARC) and the
/// X12 278 action code (HCR01).
public struct DenialInfo: Codable, Sendable, Equatable {
  public var carc: String?
  public var rarc: [String]?
  public var hcr01: String?
  public var reason: String
}

public struct Auth: TypedRecord, Equatable {
  public static let recordKind = RecordKind.auth
  public var kind = RecordKind.auth
  public var id: String
  public var patientId: String
  public var payerId: String
  public var coverageId: String?
  public var caseId: String?
  public var providerId: String
  public var items: [AuthItem]
  public var icd10: [String]
  public var urgency: Urgency
  public var serviceDate: String?
  public var locationId: String?
  public var placeOfService: String?
  public var status: AuthStatus
  public var channel: SubmissionChannel?
  public var reference: String?
  public var submittedAt: String?
  public var decidedAt: String?
  public var authNumber: String?
  public var validFrom: String?
  public var validTo: String?
  public var requestedItems: [String]?
  public var reauthOf: String?
  public var documentIds: [String]?
  public var denial: DenialInfo?

  enum CodingKeys: String, CodingKey {
    case kind, id, items, icd10, urgency, status, channel, reference, denial
    case patientId = "patient_id", payerId = "payer_id", coverageId = "coverage_id"
    case caseId = "case_id", providerId = "provider_id", serviceDate = "service_date"
    case locationId = "location_id", placeOfService = "place_of_service"
    case submittedAt = "submitted_at", decidedAt = "decided_at", authNumber = "auth_number"
    case validFrom = "valid_from", validTo = "valid_to", requestedItems = "requested_items"
    case reauthOf = "reauth_of", documentIds = "document_ids"
  }
}

public enum ClaimStatus: String, Codable, Sendable, CaseIterable {
  case submitted, paid, partial, denied
}

public struct ClaimLine: Codable, Sendable, Equatable {
  public var cpt: String
  public var units: Int
  public var chargeCents: Int
  public var procedureId: String?

  enum CodingKeys: String, CodingKey {
    case cpt, units
    case chargeCents = "charge_cents", procedureId = "procedure_id"
  }
}

/// What was billed, for matching remittances.
public struct Claim: TypedRecord, Equatable {
  public static let recordKind = RecordKind.claim
  public var kind = RecordKind.claim
  public var id: String
  public var patientId: String
  public var payerId: String
  /// The patient control number sent on the claim.
  public var claimNumber: String
  public var serviceDate: String
  public var lines: [ClaimLine]
  public var status: ClaimStatus
  public var paidCents: Int?
  public var authNumber: String?

  enum CodingKeys: String, CodingKey {
    case kind, id, lines, status
    case patientId = "patient_id", payerId = "payer_id", claimNumber = "claim_number"
    case serviceDate = "service_date", paidCents = "paid_cents", authNumber = "auth_number"
  }
}

/// One line of the clinic's fee schedule, for a payer or a payer type.
public struct Fee: TypedRecord, Equatable {
  public static let recordKind = RecordKind.fee
  public var kind = RecordKind.fee
  public var id: String
  public var payerId: String?
  public var payerType: PayerType?
  public var cpt: String
  public var placeOfService: String?
  public var allowedCents: Int
  public var effectiveFrom: String
  public var effectiveTo: String?

  enum CodingKeys: String, CodingKey {
    case kind, id, cpt
    case payerId = "payer_id", payerType = "payer_type", placeOfService = "place_of_service"
    case allowedCents = "allowed_cents", effectiveFrom = "effective_from"
    case effectiveTo = "effective_to"
  }
}

public enum DenialCategory: String, Codable, Sendable, CaseIterable {
  case medicalNecessity = "medical_necessity"
  case documentation, frequency, authorization, eligibility, coding, other
}

public struct Denial: TypedRecord, Equatable {
  public static let recordKind = RecordKind.denial
  public var kind = RecordKind.denial
  public var id: String
  public var patientId: String
  public var payerId: String
  public var authId: String?
  public var claimId: String?
  public var noticeDate: String
  public var receivedOn: String?
  public var carc: String?
  public var rarc: [String]?
  public var hcr01: String?
  public var reason: String
  /// Derived from the codes when absent.
  public var category: DenialCategory?
  public var amountCents: Int?

  enum CodingKeys: String, CodingKey {
    case kind, id, carc, rarc, hcr01, reason, category
    case patientId = "patient_id", payerId = "payer_id", authId = "auth_id"
    case claimId = "claim_id", noticeDate = "notice_date", receivedOn = "received_on"
    case amountCents = "amount_cents"
  }
}

public enum AppealLevel: String, Codable, Sendable, CaseIterable {
  case peerToPeer = "peer_to_peer"
  case reconsideration, redetermination
  case internal1 = "internal_1"
  case internal2 = "internal_2"
  case externalReview = "external_review"
  case imr, resubmission
  /// Medicaid managed care: after the plan's appeal (42 CFR 438.408(f)).
  case stateFairHearing = "state_fair_hearing"
  /// Original Medicare levels 3 to 5 (42 CFR 405.1014, 405.1102, 405.1136).
  case aljHearing = "alj_hearing"
  case appealsCouncil = "appeals_council"
  case federalCourt = "federal_court"
  /// Medicare Advantage: the plan forwards an upheld reconsideration to the independent
  /// review entity itself (42 CFR 422.592); the provider files nothing.
  case ireReview = "ire_review"

  /// Whether the level is an appeal with a filing deadline. A peer-to-peer is an offer and
  /// a resubmission a new request (an OPD/WISeR non-affirmation, a claim with no appeal
  /// rights): letting either pass is not a missed appeal.
  public var isAppeal: Bool { self != .peerToPeer && self != .resubmission }
}

/// `missed`: an appeal deadline passed without a filing. `lapsed`: a window that is not an
/// appeal (a peer-to-peer offer, a resubmission route) passed unused.
public enum AppealStatus: String, Codable, Sendable, CaseIterable {
  case preparing, filed, won, partial, lost, withdrawn, missed, lapsed

  /// The status a window gets when its deadline passed without a filing.
  public static func passed(_ level: AppealLevel, route: AppealRoute) -> AppealStatus {
    level.isAppeal && route == .appeal ? .missed : .lapsed
  }

  /// Whether an appeal with this status and level is a missed appeal (revenue-model's
  /// `appeals_missed`): only a missed appeal deadline is one.
  public static func isMissedAppeal(status: String, level: String) -> Bool {
    status == AppealStatus.missed.rawValue && (AppealLevel(rawValue: level)?.isAppeal ?? true)
  }
}

public struct Appeal: TypedRecord, Equatable {
  public static let recordKind = RecordKind.appeal
  public var kind = RecordKind.appeal
  public var id: String
  public var denialId: String
  public var level: AppealLevel
  public var deadline: String
  public var status: AppealStatus
  public var filedOn: String?
  public var decidedOn: String?
  public var recoveredCents: Int?
  // Written by appeal-pack (its triage); `days_left`, `urgency`, `route_reason` are printed only.
  public var route: AppealRoute?
  public var category: DenialCategory?
  public var rule: String?
  public var source: String?
  public var countedFrom: String?
  public var note: String?
  public var daysLeft: Int?
  public var urgency: String?
  public var routeReason: String?

  enum CodingKeys: String, CodingKey {
    case kind, id, level, deadline, status, route, category, rule, source, note, urgency
    case denialId = "denial_id", filedOn = "filed_on", decidedOn = "decided_on"
    case recoveredCents = "recovered_cents", countedFrom = "counted_from", daysLeft = "days_left"
    case routeReason = "route_reason"
  }
}
