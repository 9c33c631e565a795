// Clinical evidence (records.md): what a prior authorization or an appeal cites.

/// A spinal region. For frequency limits cervical+thoracic and lumbar+sacral count as one
/// region each, as in the epidural steroid injection LCDs.
public enum SpinalRegion: String, Codable, Sendable, CaseIterable {
  case cervical, thoracic, lumbar, sacral, sij
}

public struct Diagnosis: TypedRecord, Equatable {
  public static let recordKind = RecordKind.diagnosis
  public var kind = RecordKind.diagnosis
  public var id: String
  public var patientId: String
  /// Only ICD-10-CM codes can satisfy a payer criterion.
  public var icd10: String?
  public var snomed: String?
  public var notedOn: String
  public var onset: String?
  public var region: SpinalRegion?

  enum CodingKeys: String, CodingKey {
    case kind, id, icd10, snomed, onset, region
    case patientId = "patient_id", notedOn = "noted_on"
  }
}

public enum ConservativeCareType: String, Codable, Sendable, CaseIterable {
  case physicalTherapy = "physical_therapy"
  case chiropractic
  case homeExercise = "home_exercise"
  case nsaid, medication
  case activityModification = "activity_modification"
  case other
}

public enum CareOutcome: String, Codable, Sendable, CaseIterable {
  case failed, partial, helped, ongoing
}

public struct ConservativeCare: TypedRecord, Equatable {
  public static let recordKind = RecordKind.conservativeCare
  public var kind = RecordKind.conservativeCare
  public var id: String
  public var patientId: String
  public var type: ConservativeCareType
  public var start: String
  public var end: String?
  public var outcome: CareOutcome

  enum CodingKeys: String, CodingKey {
    case kind, id, type, start, end, outcome
    case patientId = "patient_id"
  }
}

public enum ImagingModality: String, Codable, Sendable, CaseIterable {
  case mri, ct, xray, ultrasound, emg
}

public struct Imaging: TypedRecord, Equatable {
  public static let recordKind = RecordKind.imaging
  public var kind = RecordKind.imaging
  public var id: String
  public var patientId: String
  public var modality: ImagingModality
  public var region: String
  public var date: String
  public var summary: String
  public var documentId: String?

  enum CodingKeys: String, CodingKey {
    case kind, id, modality, region, date, summary
    case patientId = "patient_id", documentId = "document_id"
  }
}

public enum Instrument: String, Codable, Sendable, CaseIterable {
  case nrs, vas, peg, odi, ndi, ort, phq9
  case psychEval = "psych_eval"
}

public enum PsychEvalResult: String, Codable, Sendable, CaseIterable {
  case cleared
  case notCleared = "not_cleared"
}

public enum AssessmentTiming: String, Codable, Sendable, CaseIterable {
  case pre, post
}

public struct Assessment: TypedRecord, Equatable {
  public static let recordKind = RecordKind.assessment
  public var kind = RecordKind.assessment
  public var id: String
  public var patientId: String
  public var date: String
  public var instrument: Instrument
  /// Required except for a psych evaluation.
  public var score: Double?
  /// Only for a psych evaluation.
  public var result: PsychEvalResult?
  public var procedureId: String?
  public var timing: AssessmentTiming?

  enum CodingKeys: String, CodingKey {
    case kind, id, date, instrument, score, result, timing
    case patientId = "patient_id", procedureId = "procedure_id"
  }
}

public enum Side: String, Codable, Sendable, CaseIterable {
  case left, right, bilateral
}

public enum ProcedureStatus: String, Codable, Sendable, CaseIterable {
  case planned, performed, cancelled
}

/// Why a procedure was done, where its code does not say: 63650 places leads for a trial
/// or a permanent stimulator, and 62320-62327 serve an epidural injection as well as an
/// intrathecal drug trial. Only a procedure marked as a trial counts as one.
public enum ProcedurePurpose: String, Codable, Sendable, CaseIterable {
  case intrathecalTrial = "intrathecal_trial"
  case scsTrial = "scs_trial"
  case diagnosticBlock = "diagnostic_block"
}

public struct Procedure: TypedRecord, Equatable {
  public static let recordKind = RecordKind.procedure
  public var kind = RecordKind.procedure
  public var id: String
  public var patientId: String
  public var providerId: String
  public var cpt: String?
  public var snomed: String?
  /// Default 1.
  public var units: Int?
  public var region: SpinalRegion?
  public var side: Side?
  /// Spinal levels such as `L4-L5`.
  public var levels: [String]?
  public var date: String
  public var status: ProcedureStatus
  public var locationId: String?
  public var placeOfService: String?
  public var authId: String?
  /// Peak relief in percent; when absent, computed from pre/post assessments.
  public var reliefPct: Int?
  /// How long relief of at least half lasted.
  public var reliefDays: Int?
  public var chargeCents: Int?
  public var paidCents: Int?
  /// A trial or a diagnostic block, where the code alone does not say so.
  public var purpose: ProcedurePurpose? = nil
  /// How much the patient's analgesic use fell after the procedure (a stimulator trial's
  /// alternative to pain relief).
  public var analgesicReductionPct: Int? = nil

  enum CodingKeys: String, CodingKey {
    case kind, id, cpt, snomed, units, region, side, levels, date, status, purpose
    case patientId = "patient_id", providerId = "provider_id", locationId = "location_id"
    case placeOfService = "place_of_service", authId = "auth_id"
    case reliefPct = "relief_pct", reliefDays = "relief_days"
    case chargeCents = "charge_cents", paidCents = "paid_cents"
    case analgesicReductionPct = "analgesic_reduction_pct"
  }
}

public enum DocumentType: String, Codable, Sendable, CaseIterable {
  case clinicalNote = "clinical_note"
  case imagingReport = "imaging_report"
  case procedureNote = "procedure_note"
  case psychEval = "psych_eval"
  case therapyNotes = "therapy_notes"
  case questionnaire
  case udsReport = "uds_report"
  case pdmpReport = "pdmp_report"
  case letter, other
}

public struct Document: TypedRecord, Equatable {
  public static let recordKind = RecordKind.document
  public var kind = RecordKind.document
  public var id: String
  public var patientId: String
  public var type: DocumentType
  public var path: String
  public var sha256: String
  public var date: String

  enum CodingKeys: String, CodingKey {
    case kind, id, type, path, sha256, date
    case patientId = "patient_id"
  }
}
