// People and coverage (records.md): patient, provider, location, payer, coverage, case.

public enum Sex: String, Codable, Sendable, CaseIterable {
  case female, male, other, unknown
}

public enum ContactChannel: String, Codable, Sendable, CaseIterable {
  case phone, sms, email, mail, portal
}

public enum PatientStatus: String, Codable, Sendable, CaseIterable {
  case active, inactive, discharged, deceased
}

/// Opioid risk tier; an explicit tier wins over an ORT score, neither means moderate.
public enum RiskTier: String, Codable, Sendable, CaseIterable {
  case low, moderate, high
}

public struct Patient: TypedRecord, Equatable {
  public static let recordKind = RecordKind.patient
  public var kind = RecordKind.patient
  public var id: String
  public var mrn: String?
  public var givenName: String
  public var familyName: String
  public var dob: String
  public var sex: Sex
  public var state: String
  public var phone: String?
  public var email: String?
  public var contactPreference: ContactChannel?
  public var status: PatientStatus
  public var providerId: String?
  public var riskTier: RiskTier?
  public var recallIntervalDays: Int?
  public var doNotContact: Bool?

  enum CodingKeys: String, CodingKey {
    case kind, id, mrn, dob, sex, state, phone, email, status
    case givenName = "given_name", familyName = "family_name"
    case contactPreference = "contact_preference", providerId = "provider_id"
    case riskTier = "risk_tier", recallIntervalDays = "recall_interval_days"
    case doNotContact = "do_not_contact"
  }
}

public enum ProviderRole: String, Codable, Sendable, CaseIterable {
  case physician, np, pa
}

public struct Provider: TypedRecord, Equatable {
  public static let recordKind = RecordKind.provider
  public var kind = RecordKind.provider
  public var id: String
  public var npi: String
  public var givenName: String
  public var familyName: String
  public var role: ProviderRole

  enum CodingKeys: String, CodingKey {
    case kind, id, npi, role
    case givenName = "given_name", familyName = "family_name"
  }
}

public struct Address: Codable, Sendable, Equatable {
  public var line: String
  public var city: String
  public var state: String
  public var zip: String
}

/// A practice site; its state decides which state rules apply.
public struct Location: TypedRecord, Equatable {
  public static let recordKind = RecordKind.location
  public var kind = RecordKind.location
  public var id: String
  public var name: String
  public var npi: String?
  public var taxId: String?
  public var address: Address
  public var phone: String?
  public var fax: String?
  /// CMS place-of-service code: 11 office, 22 hospital outpatient, 24 ASC.
  public var placeOfService: String

  enum CodingKeys: String, CodingKey {
    case kind, id, name, npi, address, phone, fax
    case taxId = "tax_id", placeOfService = "place_of_service"
  }
}

public enum PayerType: String, Codable, Sendable, CaseIterable {
  case medicare
  case medicareAdvantage = "medicare_advantage"
  case medicaid, commercial, marketplace
  case workersComp = "workers_comp"
  case autoNoFault = "auto_no_fault"
  case tricare
  case selfPay = "self_pay"
}

/// How a prior authorization reaches the payer.
public enum SubmissionChannel: String, Codable, Sendable, CaseIterable {
  case portal, fax
  case x12 = "x12_278"
  case fhirPAS = "fhir_pas"
  case phone
}

public struct Payer: TypedRecord, Equatable {
  public static let recordKind = RecordKind.payer
  public var kind = RecordKind.payer
  public var id: String
  public var name: String
  public var type: PayerType
  public var state: String?
  public var macJurisdiction: String?
  public var paRequiredCpts: [String]?
  public var decisionDays: Int?
  public var expeditedHours: Int?
  public var appealWindowDays: Int?
  public var p2pWindowDays: Int?
  public var submissionChannel: SubmissionChannel?
  /// Whether `decision_days` counts calendar or business days (default calendar).
  public var decisionDaysBasis: DayCountBasis?
  /// Who regulates the plan: decides which state clocks apply (Knox-Keene only for DMHC).
  public var regulator: PayerRegulator?
  /// The payer's lines for a VA: provider services phone and fax, portal address, and
  /// where appeals go.
  public var phone: String?
  public var fax: String?
  public var portalUrl: String?
  public var appealsAddress: String?
  public var appealsFax: String?

  enum CodingKeys: String, CodingKey {
    case kind, id, name, type, state, regulator, phone, fax
    case portalUrl = "portal_url", appealsAddress = "appeals_address", appealsFax = "appeals_fax"
    case macJurisdiction = "mac_jurisdiction", paRequiredCpts = "pa_required_cpts"
    case decisionDays = "decision_days", expeditedHours = "expedited_hours"
    case appealWindowDays = "appeal_window_days", p2pWindowDays = "p2p_window_days"
    case submissionChannel = "submission_channel", decisionDaysBasis = "decision_days_basis"
  }
}

/// How a number of days is counted: calendar days, or business days (Saturdays, Sundays
/// and US federal holidays skipped; design.md §6).
public enum DayCountBasis: String, Codable, Sendable, CaseIterable {
  case calendar, business
}

/// The body that regulates a plan, which decides the state or federal clocks it follows:
/// CMS (Medicare, Medicare Advantage, Medicaid oversight), the California Department of
/// Managed Health Care (Knox-Keene plans, H&S 1367.01), a state insurance department, the
/// US Department of Labor for a self-funded ERISA plan (state insurance law does not reach
/// it, ERISA 514), or a state workers' compensation agency.
public enum PayerRegulator: String, Codable, Sendable, CaseIterable {
  case cms, dmhc
  case stateInsurance = "state_insurance"
  case erisaSelfFunded = "erisa_self_funded"
  case stateWC = "state_wc"
}

public enum CoveragePriority: String, Codable, Sendable, CaseIterable {
  case primary, secondary, tertiary
}

public enum VerificationChannel: String, Codable, Sendable, CaseIterable {
  case portal, phone
  case x12 = "x12_271"
}

public struct Coverage: TypedRecord, Equatable {
  public static let recordKind = RecordKind.coverage
  public var kind = RecordKind.coverage
  public var id: String
  public var patientId: String
  public var payerId: String
  public var memberId: String
  public var group: String?
  public var priority: CoveragePriority
  public var effectiveFrom: String
  public var effectiveTo: String?
  public var verifiedOn: String?
  public var verifiedBy: String?
  public var verifiedVia: VerificationChannel?
  public var eligibility: Eligibility?

  enum CodingKeys: String, CodingKey {
    case kind, id, group, priority, eligibility
    case patientId = "patient_id", payerId = "payer_id", memberId = "member_id"
    case effectiveFrom = "effective_from", effectiveTo = "effective_to"
    case verifiedOn = "verified_on", verifiedBy = "verified_by", verifiedVia = "verified_via"
  }
}

/// The payer's answer to an eligibility inquiry, as `coverage-check verify` records it.
public struct Eligibility: Codable, Sendable, Equatable {
  public var active: Bool
  public var checkedOn: String
  public var planBegin: String?
  public var planEnd: String?
  public var authRequiredCpts: [String]?
  public var trace: String?

  public init(
    active: Bool, checkedOn: String, planBegin: String? = nil, planEnd: String? = nil,
    authRequiredCpts: [String]? = nil, trace: String? = nil
  ) {
    self.active = active
    self.checkedOn = checkedOn
    self.planBegin = planBegin
    self.planEnd = planEnd
    self.authRequiredCpts = authRequiredCpts
    self.trace = trace
  }

  enum CodingKeys: String, CodingKey {
    case active, trace
    case checkedOn = "checked_on", planBegin = "plan_begin", planEnd = "plan_end"
    case authRequiredCpts = "auth_required_cpts"
  }
}

public enum CaseType: String, Codable, Sendable, CaseIterable {
  case workersComp = "workers_comp"
  case autoNoFault = "auto_no_fault"
  case liability, other
}

public enum CaseStatus: String, Codable, Sendable, CaseIterable {
  case open, closed
}

public struct Adjuster: Codable, Sendable, Equatable {
  public var name: String
  public var phone: String?
  public var email: String?
  public var fax: String?
}

/// A `case` record: a workers' comp, auto no-fault or liability claim between a patient
/// and a coverage (`case` is a Swift keyword, hence the name).
public struct InsuranceCase: TypedRecord, Equatable {
  public static let recordKind = RecordKind.case
  public var kind = RecordKind.case
  public var id: String
  public var patientId: String
  public var coverageId: String
  public var type: CaseType
  public var claimNumber: String
  public var injuryDate: String
  public var state: String
  public var employer: String?
  public var adjuster: Adjuster?
  public var tpa: String?
  public var status: CaseStatus
  public var region: SpinalRegion?

  enum CodingKeys: String, CodingKey {
    case kind, id, type, state, employer, adjuster, tpa, status, region
    case patientId = "patient_id", coverageId = "coverage_id"
    case claimNumber = "claim_number", injuryDate = "injury_date"
  }
}
