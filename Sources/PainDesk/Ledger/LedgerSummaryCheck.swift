import GRDB

/// `paindesk verify`'s check of the history summaries (`event_counts`, `auth_history`) and
/// the state summaries (`procedure_revenue`, RevenueCounts): each must equal what the event
/// history (or the state, itself checked against it) gives, whoever keeps it (a trigger, the
/// writer), since revenue-model reads them instead of the events or the records.
extension Ledger {
  /// `event_counts` as the history gives it: events per UTC day of `at` and tool.
  static let expectedEventCounts = "SELECT substr(at, 1, 10), tool, count(*) FROM events GROUP BY 1, 2"

  /// The first-decision columns of `auth_history` (after `auth_id` and `ever_pended`), and
  /// how each is read from the decision event `e`.
  static let authDecisionColumns: [(name: String, sql: String)] = [
    ("first_seq", "e.seq"), ("at", "e.at"), ("payer_id", "json_extract(e.record, '$.payer_id')"),
    ("status", "json_extract(e.record, '$.status')"), ("urgency", "json_extract(e.record, '$.urgency')"),
    ("channel", "json_extract(e.record, '$.channel')"),
    ("submitted_at", "json_extract(e.record, '$.submitted_at')"),
    ("decided_at", "json_extract(e.record, '$.decided_at')"),
    ("location_id", "json_extract(e.record, '$.location_id')"),
    ("service_date", "json_extract(e.record, '$.service_date')"),
    ("first_cpt", "json_extract(e.record, '$.items[0].cpt')"),
    ("cpts", "(SELECT group_concat(json_extract(i.value, '$.cpt'), ' ') FROM json_each(e.record, '$.items') i)"),
  ]

  /// `auth_history` as the history gives it, in its column order: per auth with a pended
  /// event or a decision, whether it was ever pended and its first decision event (not a
  /// void) as recorded then. Its one parameter: the decision statuses as a JSON array
  /// (`authHistoryArguments`).
  static var expectedAuthHistory: String {
    let columns = authDecisionColumns.map(\.sql)
    // One pass over the auth events in index order (events_by_record), then one lookup of
    // each first decision by seq: a join on a materialized CTE would scan it per auth.
    return """
      WITH a AS (
        SELECT record_id AS id, max(json_extract(record, '$.status') IS 'pended') AS pended,
          min(CASE WHEN action != 'void'
                AND json_extract(record, '$.status') IN (SELECT value FROM json_each(?)) THEN seq END) AS seq
        FROM events WHERE kind = 'auth' GROUP BY record_id)
      SELECT a.id, a.pended, \(columns.joined(separator: ", "))
      FROM a LEFT JOIN events e ON e.seq = a.seq WHERE a.pended OR a.seq IS NOT NULL
      """
  }

  /// The arguments of `expectedAuthHistory`.
  static var authHistoryArguments: StatementArguments {
    [JSONWriter.canonical(.array(decisionStatuses.map { .string($0) }))]
  }

  /// Appends a problem for the first summary row that differs from the history (either way).
  func verifySummaries(_ db: Database, into report: inout VerifyReport) throws {
    let names = ["auth_id", "ever_pended"] + Self.authDecisionColumns.map(\.name)
    let counts = RevenueCounts.all.map { t in
      (
        table: t.name, stored: "SELECT \(t.columns) FROM \(t.name)", expected: t.expected, what: "the group",
        arguments: StatementArguments()
      )
    }
    let checks: [(table: String, stored: String, expected: String, what: String, arguments: StatementArguments)] = [
      ("event_counts", "SELECT day, tool, n FROM event_counts", Self.expectedEventCounts, "the count of day", []),
      (
        "auth_history", "SELECT \(names.joined(separator: ", ")) FROM auth_history", Self.expectedAuthHistory, "auth",
        Self.authHistoryArguments
      ),
      // Against the state tables, which verifyState has checked against the history.
      (
        "procedure_revenue", "SELECT \(ProcedureRevenue.columns) FROM procedure_revenue", ProcedureRevenue.expected,
        "the procedures of day", []
      ),
    ] + counts
    for c in checks {
      for (a, b) in [(c.stored, c.expected), (c.expected, c.stored)] {
        do {
          if let key = try String.fetchOne(
            db, sql: "SELECT * FROM (\(a)) EXCEPT SELECT * FROM (\(b)) LIMIT 1", arguments: c.arguments)
          {
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
