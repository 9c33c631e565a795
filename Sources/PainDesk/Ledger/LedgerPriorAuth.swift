import GRDB

/// The prior-authorization reads: records and evidence by patient, by indexed columns, so
/// `pa-submit --check` stays fast on a large ledger (the auths `pa-status` lists are read
/// as `StoredAuth`).
extension Ledger {
  /// Current records of `kind` whose `patient_id` is one of `patientIds` (void ones left
  /// out), as raw JSON objects.
  public func records(of kind: RecordKind, patientIds: [String]) throws(ToolkitError) -> [JSONObject] {
    try records(of: kind, where: kind == .patient ? "id" : "patient_id", in: patientIds, orderedById: false)
  }

  /// Typed records of patients.
  public func all<T: TypedRecord>(_ type: T.Type, patientIds: [String]) throws(ToolkitError) -> [T] {
    try Ledger.decodeAll(records(of: T.recordKind, patientIds: patientIds), as: T.self)
  }

  /// Records of a kind by id (void ones left out).
  public func records(of kind: RecordKind, ids: [String]) throws(ToolkitError) -> [JSONObject] {
    try records(of: kind, where: "id", in: ids, orderedById: false)
  }

  /// Evidence of each patient, for readiness checks: the clinical kinds from their typed
  /// columns (`evidenceRecords`; documents unless `documents` is false), the patient (of
  /// `patients` only, when given) and (unless `auths` is false) its auths decoded from
  /// their records. No criterion reads the auths or the documents.
  public func evidence(patientIds: [String], auths: Bool = true, documents: Bool = true, patients: [String]? = nil)
    throws(ToolkitError) -> [String: PatientEvidence]
  {
    let ids = Array(Set(patientIds)).sorted()
    var out = try evidenceRecords(patientIds: ids, documents: documents)
    let patientIds = patients.map { Array(Set($0)).sorted() } ?? ids
    for p in try all(Patient.self, patientIds: patientIds) { out[p.id, default: PatientEvidence()].patient = p }
    if auths {
      for a in try all(Auth.self, patientIds: ids) { out[a.patientId, default: PatientEvidence()].auths.append(a) }
    }
    return out
  }
}

extension Ledger {
  /// Units used per auth and code: performed procedures (their units, default 1) and
  /// scheduled appointments (one per code) that name the auth.
  public func authUsage(authIds: [String]) throws(ToolkitError) -> [String: [String: Int]] {
    try authUses(authIds: authIds).mapValues { $0.units() }
  }

  /// What the ledger has used of each auth, the scheduled appointments kept apart
  /// (`AuthUses`).
  public func authUses(authIds: [String]) throws(ToolkitError) -> [String: AuthUses] {
    guard !authIds.isEmpty else { return [:] }
    return try read { db in
      var out: [String: AuthUses] = [:]
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT auth_id, cpt, SUM(COALESCE(json_extract(record, '$.units'), 1)) AS n FROM "procedure"
          WHERE voided = 0 AND status = 'performed' AND auth_id IS NOT NULL GROUP BY auth_id, cpt
          """)
      let wanted = Set(authIds)
      for r in rows {
        let id: String = r["auth_id"]
        guard wanted.contains(id), let cpt: String = r["cpt"] else { continue }
        out[id, default: AuthUses()].performed[cpt, default: 0] += r["n"] as Int
      }
      let appts = try Row.fetchAll(
        db,
        sql: """
          SELECT id, patient_id, start, auth_id, json_extract(record, '$.cpts') AS cpts FROM "appointment"
          WHERE voided = 0 AND status = 'scheduled' AND auth_id IS NOT NULL ORDER BY start, id
          """)
      for r in appts {
        let id: String = r["auth_id"]
        guard wanted.contains(id), let text: String = r["cpts"], case .array(let list)? = try? JSONParser.parse(text) else { continue }
        out[id, default: AuthUses()].scheduled.append(
          AuthUses.Scheduled(
            appointmentId: r["id"], patientId: r["patient_id"], start: r["start"], cpts: list.compactMap(\.stringValue)))
      }
      return out
    }
  }

  /// The latest scheduled appointment start per auth.
  public func lastScheduledAppointment(authIds: [String]) throws(ToolkitError) -> [String: String] {
    guard !authIds.isEmpty else { return [:] }
    return try read { db in
      let wanted = Set(authIds)
      var out: [String: String] = [:]
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT auth_id, MAX(start) AS s FROM "appointment"
          WHERE voided = 0 AND status = 'scheduled' AND auth_id IS NOT NULL GROUP BY auth_id
          """)
      for r in rows {
        let id: String = r["auth_id"]
        if wanted.contains(id), let s: String = r["s"] { out[id] = s }
      }
      return out
    }
  }
}
