import GRDB

/// `paindesk verify`'s check of the history summaries (`event_counts`, `auth_history`) and
/// the state summaries (`procedure_revenue`, RevenueCounts): each must equal what the event
/// history (or the state, itself checked against it) gives, whoever keeps it (a trigger, the
/// writer), since revenue-model reads them instead of the events or the records.
extension Ledger {
  /// `event_counts` as the history gives it: events per UTC day of `at` and tool.
  static let expectedEventCounts = "SELECT substr(at, 1, 10), tool, count(*) FROM events GROUP BY 1, 2"

  /// `auth_history` as the history gives it, in its column order: per auth with a pended
  /// event or a decision, whether it was ever pended and its first decision event (not a
  /// void) as recorded then.
  static var expectedAuthHistory: String {
    let columns = LedgerMigrations.authDecisionColumns.map { $0.sql.replacingOccurrences(of: "NEW.", with: "e.") }
    // One pass over the auth events in index order (events_by_record), then one lookup of
    // each first decision by seq: a join on a materialized CTE would scan it per auth.
    return """
      WITH a AS (
        SELECT record_id AS id, max(json_extract(record, '$.status') IS 'pended') AS pended,
          min(CASE WHEN action != 'void'
                AND json_extract(record, '$.status') IN (\(LedgerMigrations.decisionStatuses)) THEN seq END) AS seq
        FROM events WHERE kind = 'auth' GROUP BY record_id)
      SELECT a.id, a.pended, \(columns.joined(separator: ", "))
      FROM a LEFT JOIN events e ON e.seq = a.seq WHERE a.pended OR a.seq IS NOT NULL
      """
  }

  /// Appends a problem for the first summary row that differs from the history (either way).
  func verifySummaries(_ db: Database, into report: inout VerifyReport) throws {
    let names = ["auth_id", "ever_pended"] + LedgerMigrations.authDecisionColumns.map(\.name)
    let counts = RevenueCounts.all.map { t in
      (table: t.name, stored: "SELECT \(t.columns) FROM \(t.name)", expected: t.expected, what: "the group")
    }
    let checks: [(table: String, stored: String, expected: String, what: String)] = [
      ("event_counts", "SELECT day, tool, n FROM event_counts", Self.expectedEventCounts, "the count of day"),
      ("auth_history", "SELECT \(names.joined(separator: ", ")) FROM auth_history", Self.expectedAuthHistory, "auth"),
      // Against the state tables, which verifyState has checked against the history.
      (
        "procedure_revenue", "SELECT \(ProcedureRevenue.columns) FROM procedure_revenue", ProcedureRevenue.expected,
        "the procedures of day"
      ),
    ] + counts
    for c in checks {
      for (a, b) in [(c.stored, c.expected), (c.expected, c.stored)] {
        do {
          if let key = try String.fetchOne(db, sql: "SELECT * FROM (\(a)) EXCEPT SELECT * FROM (\(b)) LIMIT 1") {
            report.problems.append("\(c.table): \(c.what) '\(key)' does not match the event history")
            break
          }
        } catch let e as DatabaseError where e.resultCode == .SQLITE_ERROR && (e.message ?? "").contains("overflow") {
          // A sum past 64 bits: only an amount outside the ranges validation allows, written
          // into the tables by hand, can make one.
          report.problems.append("\(c.table): cannot be recounted: an amount in the state is outside the range a record allows")
          break
        }
      }
    }
  }
}
