import GRDB
import GRDBSQLite

/// The clinical evidence of many patients, read from the typed columns of the state tables
/// (`StateTables.v1` and `v3PAEvidence`) in one set-based query per kind, through SQLite's
/// C API (GRDB's boxed rows were most of the time), without parsing the stored records.
/// The values are those the typed decode of `record` gives.
extension Ledger {
  /// Evidence records of `patientIds`, grouped by patient (void ones left out); within a
  /// patient in the order `records(of:where:in:)` gives (the patient index's: by rowid).
  /// Without `documents` (no criterion reads them: only packets, bundles and appeal packs
  /// list them) that kind is not read. (`readMapped` saved 0.01-0.02 s of cpu over 10,000
  /// patients for 110 MB more resident memory: not used.)
  func evidenceRecords(patientIds: [String], documents: Bool = true) throws(ToolkitError) -> [String: PatientEvidence] {
    guard !patientIds.isEmpty else { return [:] }
    let ids = JSONWriter.canonical(.array(patientIds.map { .string($0) }))
    return try read { db in
      var out: [String: PatientEvidence] = [:]
      try EvidenceColumns<Diagnosis>.diagnosis.read(db, ids, by: \.patientId) { out[$0, default: PatientEvidence()].diagnoses += $1 }
      try EvidenceColumns<ConservativeCare>.care.read(db, ids, by: \.patientId) { out[$0, default: PatientEvidence()].care += $1 }
      try EvidenceColumns<Imaging>.imaging.read(db, ids, by: \.patientId) { out[$0, default: PatientEvidence()].imaging += $1 }
      try EvidenceColumns<Assessment>.assessment.read(db, ids, by: \.patientId) {
        out[$0, default: PatientEvidence()].assessments += $1
      }
      try EvidenceColumns<Procedure>.procedure.read(db, ids, by: \.patientId) { out[$0, default: PatientEvidence()].procedures += $1 }
      if documents {
        try EvidenceColumns<Document>.document.read(db, ids, by: \.patientId) { out[$0, default: PatientEvidence()].documents += $1 }
      }
      return out
    }
  }
}

/// One kind's column list and how a row becomes its typed view.
struct EvidenceColumns<T: TypedRecord>: Sendable {
  /// Selected expressions, in the order `make` reads them.
  let select: [String]
  let make: @Sendable (inout RowValues) throws -> T
}

/// Reads a row's values by position, strictly as the typed decoder would: a string is a
/// string, an integer an integer; anything else is a record that no longer fits its kind.
struct RowValues {
  let row: RawStatement
  let kind: RecordKind
  var i: Int32 = 0

  private func mismatch() -> ToolkitError {
    let id = row.columnType(0) == SQLITE_TEXT ? String(decoding: row.columnBytes(0), as: UTF8.self) : "?"
    return ToolkitError(.dataError, "stored \(kind.rawValue) '\(id)' does not match its kind; run 'paindesk verify'")
  }

  /// The storage class of the next column.
  private mutating func next() -> Int32 {
    defer { i += 1 }
    return row.columnType(i)
  }

  mutating func string() throws -> String? {
    switch next() {
    case SQLITE_NULL: return nil
    case SQLITE_TEXT: return String(decoding: row.columnBytes(i - 1), as: UTF8.self)
    default: throw mismatch()
    }
  }

  mutating func required() throws -> String {
    guard let s = try string() else { throw mismatch() }
    return s
  }

  mutating func int() throws -> Int? {
    switch next() {
    case SQLITE_NULL: return nil
    case SQLITE_INTEGER: return Int(row.columnInt(i - 1))
    default: throw mismatch()
    }
  }

  mutating func double() throws -> Double? {
    switch next() {
    case SQLITE_NULL: return nil
    case SQLITE_INTEGER: return Double(row.columnInt(i - 1))
    case SQLITE_FLOAT: return row.columnDouble(i - 1)
    default: throw mismatch()
    }
  }

  mutating func value<E: RawRepresentable>(_ type: E.Type) throws -> E? where E.RawValue == String {
    guard let s = try string() else { return nil }
    guard let e = E(rawValue: s) else { throw mismatch() }
    return e
  }

  mutating func requiredValue<E: RawRepresentable>(_ type: E.Type) throws -> E where E.RawValue == String {
    guard let e = try value(type) else { throw mismatch() }
    return e
  }

  /// A `json` column holding an array of strings.
  mutating func strings() throws -> [String]? {
    guard let text = try string() else { return nil }
    guard case .array(let list)? = try? JSONParser.parse(text) else { throw mismatch() }
    var out: [String] = []
    for v in list {
      guard let s = v.stringValue else { throw mismatch() }
      out.append(s)
    }
    return out
  }
}

extension EvidenceColumns {
  /// Runs the kind's query for `patientIds` (one query: the ids as a JSON array, read by
  /// `json_each`, so SQLite probes the patient index once per id, in id order) and hands
  /// `body` each run of records of one patient (`patient`), in the order read: a patient's
  /// rows come together, so each patient gets one array of its size instead of growing
  /// one append at a time, and one dictionary lookup instead of one a row. (Were they to
  /// come apart, `body` gets each run, in order, and appends it.)
  func read(_ db: Database, _ idsJSON: String, by patient: (T) -> String, _ body: (String, [T]) -> Void) throws {
    let table = LedgerMigrations.quoted(T.recordKind.rawValue)
    let sql = "SELECT \(select.joined(separator: ", ")) FROM \(table) WHERE voided = 0 AND patient_id IN (SELECT value FROM json_each(?))"
    var run: [T] = []
    var runPatient = ""
    try RawStatement.rows(db, sql, [idsJSON]) { row in
      var values = RowValues(row: row, kind: T.recordKind)
      let record = try make(&values)
      let p = patient(record)
      if p != runPatient {
        if !run.isEmpty { body(runPatient, run) }
        run.removeAll(keepingCapacity: true)
        runPatient = p
      }
      run.append(record)
    }
    if !run.isEmpty { body(runPatient, run) }
  }
}

extension EvidenceColumns where T == Diagnosis {
  static let diagnosis = EvidenceColumns(
    select: ["id", "patient_id", "icd10", "snomed", "noted_on", "onset", "region"],
    make: { r in
      try Diagnosis(
        id: try r.required(), patientId: try r.required(), icd10: try r.string(), snomed: try r.string(), notedOn: try r.required(),
        onset: try r.string(), region: try r.value(SpinalRegion.self))
    })
}

extension EvidenceColumns where T == ConservativeCare {
  static let care = EvidenceColumns(
    select: ["id", "patient_id", "type", "start", "\"end\"", "outcome"],
    make: { r in
      try ConservativeCare(
        id: try r.required(), patientId: try r.required(), type: try r.requiredValue(ConservativeCareType.self), start: try r.required(),
        end: try r.string(), outcome: try r.requiredValue(CareOutcome.self))
    })
}

extension EvidenceColumns where T == Imaging {
  static let imaging = EvidenceColumns(
    select: ["id", "patient_id", "modality", "region", "date", "summary", "document_id"],
    make: { r in
      try Imaging(
        id: try r.required(), patientId: try r.required(), modality: try r.requiredValue(ImagingModality.self), region: try r.required(),
        date: try r.required(), summary: try r.required(), documentId: try r.string())
    })
}

extension EvidenceColumns where T == Assessment {
  static let assessment = EvidenceColumns(
    select: ["id", "patient_id", "date", "instrument", "score", "result", "procedure_id", "timing"],
    make: { r in
      try Assessment(
        id: try r.required(), patientId: try r.required(), date: try r.required(), instrument: try r.requiredValue(Instrument.self),
        score: try r.double(), result: try r.value(PsychEvalResult.self), procedureId: try r.string(),
        timing: try r.value(AssessmentTiming.self))
    })
}

extension EvidenceColumns where T == Procedure {
  static let procedure = EvidenceColumns(
    select: [
      "id", "patient_id", "provider_id", "cpt", "snomed", "units", "region", "side", "levels", "date", "status",
      "location_id", "place_of_service", "auth_id", "relief_pct", "relief_days", "charge_cents",
      "paid_cents", "purpose", "analgesic_reduction_pct",
    ],
    make: { r in
      try Procedure(
        id: try r.required(), patientId: try r.required(), providerId: try r.required(), cpt: try r.string(), snomed: try r.string(),
        units: try r.int(), region: try r.value(SpinalRegion.self), side: try r.value(Side.self), levels: try r.strings(),
        date: try r.required(), status: try r.requiredValue(ProcedureStatus.self), locationId: try r.string(),
        placeOfService: try r.string(), authId: try r.string(), reliefPct: try r.int(), reliefDays: try r.int(),
        chargeCents: try r.int(), paidCents: try r.int(), purpose: try r.value(ProcedurePurpose.self),
        analgesicReductionPct: try r.int())
    })
}

extension EvidenceColumns where T == Document {
  static let document = EvidenceColumns(
    select: ["id", "patient_id", "type", "path", "sha256", "date"],
    make: { r in
      try Document(
        id: try r.required(), patientId: try r.required(), type: try r.requiredValue(DocumentType.self), path: try r.required(),
        sha256: try r.required(), date: try r.required())
    })
}
