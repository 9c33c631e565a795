import GRDB

/// The first payer decision on an auth, read from its event history: the auth as it was
/// recorded in the first event whose status was a decision.
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

  /// For each auth (not void), its first event whose status was a decision.
  public func authFirstDecisions() throws(ToolkitError) -> [String: AuthFirstDecision] {
    let rows: [(String, String, Int64, String)] = try read { db in
      let marks = Ledger.decisionStatuses.map { _ in "?" }.joined(separator: ",")
      let cursor = try Row.fetchCursor(
        db,
        sql: """
          SELECT e.record_id, e.record, e.seq, e.at FROM events e
          JOIN (SELECT record_id, MIN(seq) AS first FROM events
                WHERE kind = 'auth' AND action != 'void' AND json_extract(record, '$.status') IN (\(marks))
                GROUP BY record_id) f ON e.seq = f.first
          JOIN "auth" a ON a.id = e.record_id AND a.voided = 0
          """, arguments: StatementArguments(Ledger.decisionStatuses))
      var out: [(String, String, Int64, String)] = []
      while let r = try cursor.next() { out.append((r[0], r[1], r[2], r[3])) }
      return out
    }
    let decoder = JSONValueDecoder()
    var out: [String: AuthFirstDecision] = [:]
    for (id, text, seq, at) in rows {
      guard case .object(let o)? = try? JSONParser.parse(text), let auth = try? decoder.decode(Auth.self, from: o) else {
        throw ToolkitError(.dataError, "stored auth event for '\(id)' does not match its kind; run 'paindesk verify'")
      }
      out[id] = AuthFirstDecision(auth: auth, seq: seq, recordedAt: at)
    }
    return out
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
    let texts: [String] = try read { db in
      try String.fetchAll(
        db,
        sql: """
          SELECT record FROM \(LedgerMigrations.quoted(T.recordKind.rawValue))
          WHERE voided = 0 AND \(LedgerMigrations.quoted(dateColumn)) >= ? AND \(LedgerMigrations.quoted(dateColumn)) < ?
          ORDER BY id
          """, arguments: [from, to + "\u{7F}"])
    }
    let decoder = JSONValueDecoder()
    var out: [T] = []
    out.reserveCapacity(texts.count)
    for text in texts {
      guard case .object(let o)? = try? JSONParser.parse(text), let r = try? decoder.decode(T.self, from: o) else {
        throw ToolkitError(.dataError, "stored \(T.recordKind.rawValue) does not match its kind; run 'paindesk verify'")
      }
      out.append(r)
    }
    return out
  }
}
