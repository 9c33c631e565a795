/// The current-state tables: one per stored kind, named by the kind, holding the latest
/// version of each record as canonical JSON plus typed, indexed columns for what the
/// worklists query. A column is filled from the record at a JSON path; `references` makes
/// it a foreign key (deferred, so a batch may hold a record before the one it names).
public struct StateColumn: Sendable {
  public let name: String
  public let sqlType: String
  /// Path into the record; one key, or two for a nested object (`address.state`).
  public let path: [String]
  public let references: RecordKind?
  /// Holds the value as canonical JSON text (for an array such as `levels`).
  public let json: Bool

  init(_ name: String, _ sqlType: String = "TEXT", path: [String]? = nil, references: RecordKind? = nil, json: Bool = false) {
    self.name = name
    self.sqlType = sqlType
    self.path = path ?? [name]
    self.references = references
    self.json = json
  }
}

public struct StateTable: Sendable {
  public let kind: RecordKind
  public let columns: [StateColumn]
  /// Extra indexes (each a list of columns); every reference column is indexed too.
  public let indexes: [[String]]

  public var name: String { kind.rawValue }
}

/// The v1 layout. Migrations are append-only: a later version adds columns with a new
/// migration and appends them here, so the importer fills them from then on.
public enum StateTables {
  private static func patientRef() -> StateColumn { StateColumn("patient_id", references: .patient) }

  public static let v1: [StateTable] = [
    StateTable(kind: .provider, columns: [StateColumn("npi"), StateColumn("role")], indexes: [["npi"]]),
    StateTable(
      kind: .location,
      columns: [StateColumn("state", path: ["address", "state"]), StateColumn("place_of_service")], indexes: []),
    StateTable(kind: .payer, columns: [StateColumn("type"), StateColumn("state")], indexes: []),
    StateTable(
      kind: .patient,
      columns: [
        StateColumn("status"), StateColumn("state"), StateColumn("provider_id", references: .provider),
        StateColumn("risk_tier"), StateColumn("mrn"),
      ], indexes: [["status"]]),
    StateTable(
      kind: .coverage,
      columns: [
        patientRef(), StateColumn("payer_id", references: .payer), StateColumn("priority"),
        StateColumn("effective_from"), StateColumn("effective_to"), StateColumn("verified_on"),
      ], indexes: []),
    StateTable(
      kind: .case,
      columns: [
        patientRef(), StateColumn("coverage_id", references: .coverage), StateColumn("type"),
        StateColumn("state"), StateColumn("status"),
      ], indexes: []),
    StateTable(
      kind: .document,
      columns: [patientRef(), StateColumn("type"), StateColumn("date"), StateColumn("sha256")], indexes: []),
    StateTable(
      kind: .diagnosis,
      columns: [patientRef(), StateColumn("icd10"), StateColumn("region"), StateColumn("noted_on")], indexes: []),
    StateTable(
      kind: .conservativeCare,
      columns: [patientRef(), StateColumn("type"), StateColumn("start"), StateColumn("end"), StateColumn("outcome")],
      indexes: []),
    StateTable(
      kind: .imaging,
      columns: [patientRef(), StateColumn("modality"), StateColumn("region"), StateColumn("date")], indexes: []),
    StateTable(
      kind: .auth,
      columns: [
        patientRef(), StateColumn("payer_id", references: .payer), StateColumn("provider_id", references: .provider),
        StateColumn("status"), StateColumn("urgency"), StateColumn("service_date"), StateColumn("submitted_at"),
        StateColumn("decided_at"), StateColumn("valid_from"), StateColumn("valid_to"),
        StateColumn("reauth_of", references: .auth),
      ], indexes: [["status"]]),
    StateTable(
      kind: .procedure,
      columns: [
        patientRef(), StateColumn("provider_id", references: .provider), StateColumn("cpt"), StateColumn("region"),
        StateColumn("date"), StateColumn("status"), StateColumn("location_id", references: .location),
        StateColumn("auth_id", references: .auth),
      ], indexes: [["date"]]),
    StateTable(
      kind: .assessment,
      columns: [
        patientRef(), StateColumn("date"), StateColumn("instrument"), StateColumn("score", "REAL"),
        StateColumn("procedure_id", references: .procedure), StateColumn("timing"),
      ], indexes: []),
    StateTable(
      kind: .claim,
      columns: [
        patientRef(), StateColumn("payer_id", references: .payer), StateColumn("claim_number"),
        StateColumn("service_date"), StateColumn("status"),
      ], indexes: [["claim_number"]]),
    StateTable(
      kind: .fee,
      columns: [
        StateColumn("payer_id", references: .payer), StateColumn("payer_type"), StateColumn("cpt"),
        StateColumn("place_of_service"), StateColumn("effective_from"), StateColumn("effective_to"),
      ], indexes: [["cpt"]]),
    StateTable(
      kind: .denial,
      columns: [
        patientRef(), StateColumn("payer_id", references: .payer), StateColumn("auth_id", references: .auth),
        StateColumn("claim_id", references: .claim), StateColumn("notice_date"), StateColumn("category"),
      ], indexes: []),
    StateTable(
      kind: .appeal,
      columns: [
        StateColumn("denial_id", references: .denial), StateColumn("level"), StateColumn("deadline"),
        StateColumn("status"),
      ], indexes: [["status"]]),
    StateTable(
      kind: .appointment,
      columns: [
        patientRef(), StateColumn("provider_id", references: .provider), StateColumn("start"), StateColumn("type"),
        StateColumn("status"), StateColumn("location_id", references: .location),
        StateColumn("auth_id", references: .auth),
      ], indexes: [["start"]]),
    StateTable(
      kind: .slot,
      columns: [StateColumn("provider_id", references: .provider), StateColumn("start"), StateColumn("type")],
      indexes: [["start"]]),
    StateTable(
      kind: .waitlist,
      columns: [
        patientRef(), StateColumn("provider_id", references: .provider), StateColumn("type"),
        StateColumn("added_on"), StateColumn("auth_id", references: .auth),
      ], indexes: []),
    StateTable(
      kind: .outreach,
      columns: [patientRef(), StateColumn("date"), StateColumn("purpose"), StateColumn("result")], indexes: []),
    StateTable(
      kind: .rx,
      columns: [
        patientRef(), StateColumn("prescriber_id", references: .provider), StateColumn("drug"),
        StateColumn("schedule"), StateColumn("status"), StateColumn("written_on"), StateColumn("filled_on"),
      ], indexes: [["status"]]),
    StateTable(
      kind: .refillRequest,
      columns: [patientRef(), StateColumn("rx_id", references: .rx), StateColumn("requested_on")], indexes: []),
    StateTable(
      kind: .uds,
      columns: [
        patientRef(), StateColumn("ordered_on"), StateColumn("collected_on"), StateColumn("resulted_on"),
        StateColumn("reviewed_on"),
      ], indexes: []),
    StateTable(
      kind: .pdmpCheck,
      columns: [patientRef(), StateColumn("state"), StateColumn("checked_on")], indexes: []),
    StateTable(
      kind: .agreement,
      columns: [patientRef(), StateColumn("signed_on"), StateColumn("expires_on")], indexes: []),
    StateTable(
      kind: .referral,
      columns: [patientRef(), StateColumn("received_on"), StateColumn("status")], indexes: [["status"]]),
    StateTable(
      kind: .recordsRequest,
      columns: [
        patientRef(), StateColumn("direction"), StateColumn("party"), StateColumn("status"),
        StateColumn("requested_on"),
      ], indexes: [["status"]]),
  ]

  /// Columns added by migration `v3-report-columns`: what revenue-model and recall-scan
  /// read, so that they aggregate in SQL instead of decoding every record. The procedure
  /// columns they read (place of service, units, paid cents, relief) came with
  /// `v3-pa-evidence-columns` just before.
  public static let v3Report: [RecordKind: [StateColumn]] = [
    .patient: [
      StateColumn("contact_preference"), StateColumn("recall_interval_days", "INTEGER"),
      StateColumn("do_not_contact", "INTEGER"),
    ],
    .auth: [
      StateColumn("channel"), StateColumn("location_id"), StateColumn("place_of_service"),
      StateColumn("items", json: true),
    ],
    .claim: [StateColumn("paid_cents", "INTEGER"), StateColumn("lines", json: true)],
    .denial: [StateColumn("amount_cents", "INTEGER")],
    .appeal: [StateColumn("filed_on"), StateColumn("decided_on"), StateColumn("recovered_cents", "INTEGER")],
    .appointment: [StateColumn("cancelled_at"), StateColumn("cpts", json: true)],
    .rx: [StateColumn("days_supply", "INTEGER"), StateColumn("rxnorm")],
  ]

  /// Columns added by later migrations, by kind, in the order they were added (each
  /// migration's own list, so that two of them merge as two lines).
  static let added: [[RecordKind: [StateColumn]]] = [v3PAEvidence, v3Report, v8ProcedurePurpose]

  /// The layout the importer fills now: v1 plus the added columns.
  public static let current: [RecordKind: StateTable] = Dictionary(
    uniqueKeysWithValues: v1.map { t in
      (t.kind, StateTable(kind: t.kind, columns: t.columns + added.flatMap { $0[t.kind] ?? [] }, indexes: t.indexes))
    })
}
