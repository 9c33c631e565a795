import GRDB

/// The first payer decision on an auth, read from its event history: the auth as it was
/// recorded in the first event whose status was a decision (the fields the report reads).
public struct AuthFirstDecision: Sendable {
  public let auth: Auth
  public let seq: Int64
  /// When the ledger learned of it (fallback when the record has no `decided_at`).
  public let recordedAt: String
}

/// The reads behind revenue-model: event-history questions and date-bounded kinds.
extension Ledger {
  /// Statuses that are a payer decision (records.md auth).
  public static let decisionStatuses = ["approved", "approved_pending_number", "partial", "modified", "denied"]

  /// For each auth (not void), its first event whose status was a decision. The fields
  /// the report reads are extracted in SQL (no JSON decoding in Swift): the auth carries
  /// ids, status, urgency, channel, times, location, service date and its lines' codes.
  public func authFirstDecisions() throws(ToolkitError) -> [String: AuthFirstDecision] {
    try read { db in
      let marks = Ledger.decisionStatuses.map { _ in "?" }.joined(separator: ",")
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT e.record_id, e.seq, e.at, json_extract(e.record, '$.patient_id'), json_extract(e.record, '$.payer_id'),
            json_extract(e.record, '$.provider_id'), json_extract(e.record, '$.status'), json_extract(e.record, '$.urgency'),
            json_extract(e.record, '$.channel'), json_extract(e.record, '$.submitted_at'), json_extract(e.record, '$.decided_at'),
            json_extract(e.record, '$.location_id'), json_extract(e.record, '$.service_date'),
            (SELECT group_concat(json_extract(i.value, '$.cpt'), ' ') FROM json_each(e.record, '$.items') i)
          FROM events e
          JOIN (SELECT record_id, MIN(seq) AS first FROM events
                WHERE kind = 'auth' AND action != 'void' AND json_extract(record, '$.status') IN (\(marks))
                GROUP BY record_id) f ON e.seq = f.first
          JOIN "auth" a ON a.id = e.record_id AND a.voided = 0
          """, arguments: StatementArguments(Ledger.decisionStatuses))
      var out: [String: AuthFirstDecision] = [:]
      while let r = try cursor.next() {
        let id: String = r[0]
        guard let status = AuthStatus(rawValue: r[6] ?? ""), let urgency = Urgency(rawValue: r[7] ?? "") else {
          throw ToolkitError(.dataError, "stored auth event for '\(id)' does not match its kind; run 'paindesk verify'")
        }
        let cpts = ((r[13] as String?) ?? "").split(separator: " ").map(String.init)
        let auth = Auth(
          id: id, patientId: r[3] ?? "", payerId: r[4] ?? "", providerId: r[5] ?? "",
          items: cpts.enumerated().map { AuthItem(seq: $0.offset + 1, cpt: $0.element, units: 1) }, icd10: [],
          urgency: urgency, serviceDate: r[12], locationId: r[11], status: status,
          channel: (r[8] as String?).flatMap(SubmissionChannel.init(rawValue:)), submittedAt: r[9], decidedAt: r[10])
        out[id] = AuthFirstDecision(auth: auth, seq: r[1], recordedAt: r[2])
      }
      return out
    }
  }

  /// Ids of auths that were ever recorded as pended.
  public func authsEverPended() throws(ToolkitError) -> Set<String> {
    try read { db in
      Set(
        try String.fetchAll(
          db, sql: "SELECT DISTINCT record_id FROM events WHERE kind = 'auth' AND json_extract(record, '$.status') = 'pended'"))
    }
  }

  /// Appointment ids booked from the waitlist: the waitlist entries voided as
  /// "booked as appointment ID" (Booking).
  public func appointmentsBookedFromWaitlist() throws(ToolkitError) -> Set<String> {
    try read { db in
      let reasons = try String.fetchAll(
        db,
        sql: """
          SELECT json_extract(record, '$.void_reason') FROM events
          WHERE kind = 'waitlist' AND action = 'void' AND json_extract(record, '$.void_reason') LIKE 'booked as appointment %'
          """)
      return Set(reasons.map { String($0.dropFirst("booked as appointment ".count)) })
    }
  }

  /// Events per tool and UTC day of `at` (YYYY-MM-DD), from `fromDay` on.
  public func eventCountsByToolAndDay(fromDay: String) throws(ToolkitError) -> [String: [String: Int]] {
    try read { db in
      var out: [String: [String: Int]] = [:]
      let cursor = try Row.fetchCursor(
        db, sql: "SELECT tool, substr(at, 1, 10) AS day, COUNT(*) FROM events WHERE at >= ? GROUP BY tool, day",
        arguments: [fromDay])
      while let r = try cursor.next() { out[r[0] as String, default: [:]][r[1] as String] = r[2] as Int }
      return out
    }
  }

  /// Current records of a kind whose date column (`date`, `service_date`, `start`...)
  /// falls from `from` to `to` inclusive (by text prefix), typed.
  public func all<T: TypedRecord>(_ type: T.Type, dateColumn: String, from: String, to: String) throws(ToolkitError) -> [T] {
    let column = LedgerMigrations.quoted(dateColumn)
    let objects = try read { db in
      try Ledger.recordObjects(
        db,
        sql: """
          SELECT record FROM \(LedgerMigrations.quoted(T.recordKind.rawValue))
          WHERE voided = 0 AND \(column) >= ? AND \(column) < ?
          ORDER BY id
          """, arguments: [from, to + "\u{7F}"])
    }
    return try Ledger.decodeAll(objects, as: T.self)
  }

}
