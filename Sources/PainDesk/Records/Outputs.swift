// Output kinds (records.md): what tools emit; never imported into the ledger.

public enum Severity: String, Codable, Sendable, CaseIterable {
  case block, warn, info
}

/// One rule's verdict on one record, citing its public source.
public struct Finding: TypedRecord, Equatable {
  public static let recordKind = RecordKind.finding
  public var kind = RecordKind.finding
  public var id: String
  public var subjectKind: RecordKind
  public var subjectId: String
  public var rule: String
  /// The public source of the rule, e.g. `LCD L38803`.
  public var source: String
  public var severity: Severity
  public var message: String
  public var evidence: JSONValue?
  /// The patient it is about, on a worklist's rows (`uds-due results`).
  public var patientId: String?

  public init(
    id: String, subjectKind: RecordKind, subjectId: String, rule: String, source: String,
    severity: Severity, message: String, evidence: JSONValue? = nil
  ) {
    self.id = id
    self.subjectKind = subjectKind
    self.subjectId = subjectId
    self.rule = rule
    self.source = source
    self.severity = severity
    self.message = message
    self.evidence = evidence
  }

  enum CodingKeys: String, CodingKey {
    case kind, id, rule, source, severity, message, evidence
    case subjectKind = "subject_kind", subjectId = "subject_id", patientId = "patient_id"
  }
}

/// Whether an auth is ready to submit.
public struct Readiness: TypedRecord, Equatable {
  public static let recordKind = RecordKind.readiness
  public var kind = RecordKind.readiness
  public var id: String
  public var authId: String
  public var ready: Bool
  public var paRequired: Bool
  public var blocking: Int
  public var warnings: Int

  public init(id: String, authId: String, ready: Bool, paRequired: Bool, blocking: Int, warnings: Int) {
    self.id = id
    self.authId = authId
    self.ready = ready
    self.paRequired = paRequired
    self.blocking = blocking
    self.warnings = warnings
  }

  enum CodingKeys: String, CodingKey {
    case kind, id, ready, blocking, warnings
    case authId = "auth_id", paRequired = "pa_required"
  }
}

public enum ReportUnit: String, Codable, Sendable, CaseIterable {
  case cents, count
  /// A fraction: 0.35, not 35.
  case ratio
  case hours, days
}

/// One cell of a report; the same columns in every mode and format.
public struct ReportRow: TypedRecord, Equatable {
  public static let recordKind = RecordKind.reportRow
  public var kind = RecordKind.reportRow
  public var id: String
  public var metric: String
  public var dimension: String?
  public var key: String?
  public var period: String?
  public var value: Double
  public var unit: ReportUnit
  public var formula: String?

  public init(
    id: String, metric: String, dimension: String? = nil, key: String? = nil,
    period: String? = nil, value: Double, unit: ReportUnit, formula: String? = nil
  ) {
    self.id = id
    self.metric = metric
    self.dimension = dimension
    self.key = key
    self.period = period
    self.value = value
    self.unit = unit
    self.formula = formula
  }

  enum CodingKeys: String, CodingKey {
    case kind, id, metric, dimension, key, period, value, unit, formula
  }
}
