import GRDB

/// The prior-authorization reads: evidence by patient and the open auths, by indexed
/// columns, so `pa-submit --check` and `pa-status` stay fast on a large ledger.
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

  /// Auths whose status is one of `statuses` (all when nil), by id.
  public func auths(statuses: [String]?) throws(ToolkitError) -> [JSONObject] {
    try read { db in
      var sql = "SELECT record FROM \"auth\" WHERE voided = 0"
      var args: [String] = []
      if let statuses, !statuses.isEmpty {
        sql += " AND status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ",")))"
        args = statuses
      }
      sql += " ORDER BY id"
      return try Ledger.recordObjects(db, sql: sql, arguments: StatementArguments(args))
    }
  }

  /// Auths whose status is one of `statuses` that may be overdue: those submitted before
  /// the bound of their payer and urgency (`bounds[payer id]`), by id. Auths of a payer
  /// without bounds, or whose `submitted_at` SQLite cannot read, are kept; the caller
  /// still decides each one.
  public func auths(
    statuses: [String], submittedBefore bounds: [String: (standard: Instant, expedited: Instant)]
  ) throws(ToolkitError) -> [JSONObject] {
    guard !statuses.isEmpty else { return [] }
    func literal(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }
    // julianday of the bound, plus a minute for floating-point rounding.
    func julian(_ i: Instant) -> String {
      String(Double(i.seconds) / 86_400 + 2_440_587.5 + 60.0 / 86_400)
    }
    var sql = "SELECT record FROM \"auth\" WHERE voided = 0 AND status IN (\(statuses.map(literal).joined(separator: ",")))"
    if !bounds.isEmpty {
      let cases = bounds.keys.sorted().map { id -> String in
        let b = bounds[id]!
        return "WHEN \(literal(id)) THEN CASE WHEN urgency = 'expedited' THEN \(julian(b.expedited)) ELSE \(julian(b.standard)) END"
      }
      sql += " AND NOT COALESCE(julianday(submitted_at) >= CASE payer_id \(cases.joined(separator: " ")) END, 0)"
    }
    sql += " ORDER BY id"
    return try read { db in try Ledger.recordObjects(db, sql: sql) }
  }

  /// Evidence of each patient, for readiness checks: the clinical kinds from their typed
  /// columns (`evidenceRecords`), the patient and (unless `auths` is false: no criterion
  /// reads them) its auths decoded from their records.
  public func evidence(patientIds: [String], auths: Bool = true) throws(ToolkitError) -> [String: PatientEvidence] {
    let ids = Array(Set(patientIds)).sorted()
    var out = try evidenceRecords(patientIds: ids)
    for p in try all(Patient.self, patientIds: ids) { out[p.id, default: PatientEvidence()].patient = p }
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
    guard !authIds.isEmpty else { return [:] }
    return try read { db in
      var out: [String: [String: Int]] = [:]
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
        out[id, default: [:]][cpt, default: 0] += r["n"] as Int
      }
      let appts = try Row.fetchAll(
        db,
        sql: """
          SELECT auth_id, json_extract(record, '$.cpts') AS cpts FROM "appointment"
          WHERE voided = 0 AND status = 'scheduled' AND auth_id IS NOT NULL
          """)
      for r in appts {
        let id: String = r["auth_id"]
        guard wanted.contains(id), let text: String = r["cpts"], case .array(let list)? = try? JSONParser.parse(text) else { continue }
        for c in list { if let cpt = c.stringValue { out[id, default: [:]][cpt, default: 0] += 1 } }
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
