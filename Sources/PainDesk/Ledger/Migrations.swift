import GRDB

/// The ledger's schema history. Append-only (style.md §4.4): never edit a registered
/// migration; add `v2-...` after it. Never `eraseDatabaseOnSchemaChange`: the ledger holds
/// the clinic's records.
enum LedgerMigrations {
  /// The first migration: every PainDesk ledger has it, no other SQLite file does.
  static let first = "v1-initial"

  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration(first) { db in
      for sql in v1Statements() { try db.execute(sql: sql) }
    }
    // Interop bookkeeping that is not a record: the FHIR Bulk `_since` high-water mark.
    m.registerMigration("v2-meta") { db in
      try db.execute(sql: "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")
    }
    // v1 made `events.hash` UNIQUE. Hashes are random, so its index took a random B-tree
    // insert per event: about a third of SQLite's time in a large import, for a check the
    // chain already gives (`paindesk verify` recomputes every hash). SQLite cannot drop a
    // constraint, so the table is rebuilt (sqlite.org/lang_altertable.html, "Making Other
    // Kinds Of Table Schema Changes"); foreign keys are off during the copy and checked
    // before the commit (GRDB's deferred checks), and the state tables' `REFERENCES
    // events(seq)` name the new table once it is renamed.
    m.registerMigration("v3-events-hash-not-unique") { db in
      try db.execute(sql: eventsTable(name: "events_v3", uniqueHash: false))
      try db.execute(
        sql: """
          INSERT INTO events_v3 (seq, at, actor, tool, action, kind, record_id, record, prev_hash, hash)
          SELECT seq, at, actor, tool, action, kind, record_id, record, prev_hash, hash FROM events ORDER BY seq
          """)
      try db.execute(sql: "DROP TABLE events")
      try db.execute(sql: "ALTER TABLE events_v3 RENAME TO events")
      for sql in eventsIndexAndTriggers() { try db.execute(sql: sql) }
    }
    // Typed columns for the prior-authorization evidence reads (StateTables.v3PAEvidence).
    m.registerMigration("v3-pa-evidence-columns") { db in
      for sql in StateTables.addColumnStatements(StateTables.v3PAEvidence) { try db.execute(sql: sql) }
    }
    // Typed columns and history summaries for revenue-model and recall-scan, backfilled
    // from the records and events already stored (issues 5 and 7).
    m.registerMigration("v3-report-columns") { db in
      for sql in v3Statements() { try db.execute(sql: sql) }
    }
    // `event_counts` is kept by the writer (EventWriter.finish, one upsert per batch): the
    // trigger's upsert per event cost about a quarter of a large import's time (issue 2).
    m.registerMigration("v4-event-counts-by-writer") { db in
      try db.execute(sql: "DROP TRIGGER events_count")
    }
    // Covering indexes for revenue-model's report (issue 7; RevenueIndexes).
    m.registerMigration("v4-revenue-indexes") { db in
      for sql in RevenueIndexes.statements { try db.execute(sql: sql) }
    }
    // Narrow partial indexes that cover recall-scan's queries (issue 5), so they read
    // index entries instead of the wide rows holding each record's JSON.
    m.registerMigration("v4-recall-indexes") { db in
      for sql in RecallIndexes.statements { try db.execute(sql: sql) }
    }
    // The completed pump refills alone (issue 5): recall-scan's last refill per patient read
    // them out of every completed appointment; a handful of entries instead of a million.
    m.registerMigration("v5-recall-pump-refill-index") { db in
      try db.execute(sql: RecallIndexes.pumpRefill)
    }
    // The undecided auths in id order (issue 3; PAIndexes): pa-status --overdue read them
    // through the status index and sorted every record by id. Immediate foreign-key checks:
    // an index cannot break a key, and the deferred default re-checks every key of the
    // ledger after the migration (seconds on a large one).
    m.registerMigration("v6-pa-undecided-index", foreignKeyChecks: .immediate) { db in
      try db.execute(sql: PAIndexes.undecided)
    }
    // Performed procedures counted per day and report group with their auth's payer joined
    // (issue 7; ProcedureRevenue), filled from the state and kept by triggers on procedure
    // and auth. Immediate foreign-key checks, as v6: nothing here can break a key.
    m.registerMigration("v7-procedure-revenue", foreignKeyChecks: .immediate) { db in
      for sql in ProcedureRevenue.statements { try db.execute(sql: sql) }
    }
    // Claims and appointments counted per report group (issue 7; RevenueCounts), filled from
    // the state and kept by triggers on claim and appointment.
    m.registerMigration("v7-revenue-counts", foreignKeyChecks: .immediate) { db in
      for table in RevenueCounts.all {
        for sql in table.statements { try db.execute(sql: sql) }
      }
    }
    // A procedure's purpose (StateTables.v8ProcedurePurpose): only a trial counts as one.
    m.registerMigration("v8-procedure-purpose") { db in
      for sql in StateTables.addColumnStatements(StateTables.v8ProcedurePurpose) { try db.execute(sql: sql) }
    }
    return m
  }

  /// The auth statuses that are a payer decision (records.md auth).
  static let decisionStatuses = "'approved','approved_pending_number','partial','modified','denied'"

  /// The first-decision columns of `auth_history`, and how each is read from the event
  /// (`NEW` in the trigger).
  static let authDecisionColumns: [(name: String, sql: String)] = [
    ("first_seq", "NEW.seq"), ("at", "NEW.at"), ("payer_id", "json_extract(NEW.record, '$.payer_id')"),
    ("status", "json_extract(NEW.record, '$.status')"), ("urgency", "json_extract(NEW.record, '$.urgency')"),
    ("channel", "json_extract(NEW.record, '$.channel')"),
    ("submitted_at", "json_extract(NEW.record, '$.submitted_at')"),
    ("decided_at", "json_extract(NEW.record, '$.decided_at')"),
    ("location_id", "json_extract(NEW.record, '$.location_id')"),
    ("service_date", "json_extract(NEW.record, '$.service_date')"),
    ("first_cpt", "json_extract(NEW.record, '$.items[0].cpt')"),
    ("cpts", "(SELECT group_concat(json_extract(i.value, '$.cpt'), ' ') FROM json_each(NEW.record, '$.items') i)"),
  ]

  /// v3: the `StateTables.v3Report` columns, filled from each stored record; `auth_history`
  /// (per auth: ever pended, and its first event whose status was a payer decision, as
  /// recorded then) and `event_counts` (events per UTC day of `at` and tool), filled from
  /// the history and kept in step by a trigger on `events`.
  static func v3Statements() -> [String] {
    var sql = StateTables.addColumnStatements(StateTables.v3Report)
    let names = authDecisionColumns.map(\.name)
    let columns = names.map { "\($0) \($0 == "first_seq" ? "INTEGER" : "TEXT")" }
    sql.append(
      "CREATE TABLE auth_history (auth_id TEXT PRIMARY KEY NOT NULL, ever_pended INTEGER NOT NULL DEFAULT 0, "
        + columns.joined(separator: ", ") + ")")
    sql.append(
      "CREATE TABLE event_counts (day TEXT NOT NULL, tool TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (day, tool)) WITHOUT ROWID"
    )
    let upsert = "ON CONFLICT (auth_id) DO UPDATE SET " + names.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
    let counted = """
      INSERT INTO event_counts (day, tool, n) VALUES (substr(NEW.at, 1, 10), NEW.tool, 1)
      ON CONFLICT (day, tool) DO UPDATE SET n = n + 1;
      """
    let pended = """
      INSERT INTO auth_history (auth_id, ever_pended) SELECT NEW.record_id, 1
      WHERE NEW.kind = 'auth' AND json_extract(NEW.record, '$.status') = 'pended'
      ON CONFLICT (auth_id) DO UPDATE SET ever_pended = 1;
      """
    let decided = """
      INSERT INTO auth_history (auth_id, \(names.joined(separator: ", ")))
      SELECT NEW.record_id, \(authDecisionColumns.map(\.sql).joined(separator: ", "))
      WHERE NEW.kind = 'auth' AND NEW.action != 'void'
        AND NOT EXISTS (SELECT 1 FROM auth_history h WHERE h.auth_id = NEW.record_id AND h.first_seq IS NOT NULL)
        AND json_extract(NEW.record, '$.status') IN (\(decisionStatuses))
      \(upsert);
      """
    // Backfill from the history, then keep in step.
    sql += v3HistoryBackfill()
    // Two triggers: the auth statements run only for auth events (a WHEN clause skips the
    // sub-program), which keeps a large import of other kinds at one small upsert per event.
    sql.append("CREATE TRIGGER events_count AFTER INSERT ON events BEGIN\n\(counted)\nEND")
    sql.append(
      "CREATE TRIGGER events_auth_history AFTER INSERT ON events WHEN NEW.kind = 'auth' BEGIN\n\(pended)\n\(decided)\nEND")
    return sql
  }

  /// Fills `event_counts` and `auth_history` (empty) from the whole history: what the
  /// trigger would have written had it been there from the first event.
  static func v3HistoryBackfill() -> [String] {
    let names = authDecisionColumns.map(\.name)
    let upsert = "ON CONFLICT (auth_id) DO UPDATE SET " + names.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
    var sql: [String] = []
    sql.append("INSERT INTO event_counts (day, tool, n) SELECT substr(at, 1, 10), tool, count(*) FROM events GROUP BY 1, 2")
    sql.append(
      """
      INSERT INTO auth_history (auth_id, ever_pended)
      SELECT DISTINCT record_id, 1 FROM events WHERE kind = 'auth' AND json_extract(record, '$.status') = 'pended'
      """)
    sql.append(
      """
      INSERT INTO auth_history (auth_id, \(names.joined(separator: ", ")))
      SELECT e.record_id, \(authDecisionColumns.map { $0.sql.replacingOccurrences(of: "NEW.", with: "e.") }.joined(separator: ", "))
      FROM events e
      JOIN (SELECT record_id, MIN(seq) AS first FROM events
            WHERE kind = 'auth' AND action != 'void' AND json_extract(record, '$.status') IN (\(decisionStatuses))
            GROUP BY record_id) f ON e.seq = f.first
      WHERE true
      \(upsert)
      """)
    return sql
  }

  /// Quotes an identifier for SQL (`case` is a keyword).
  static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

  /// The append-only event log (design.md §3).
  static func eventsTable(name: String, uniqueHash: Bool) -> String {
    """
    CREATE TABLE \(name) (
      seq INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      tool TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('add', 'update', 'void')),
      kind TEXT NOT NULL,
      record_id TEXT NOT NULL,
      record TEXT NOT NULL,
      prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
      hash TEXT NOT NULL\(uniqueHash ? " UNIQUE" : "") CHECK (length(hash) = 64)
    )
    """
  }

  static func eventsIndexAndTriggers() -> [String] {
    [
      "CREATE INDEX events_by_record ON events(kind, record_id, seq)",
      // History is never rewritten: a correction is a new event (design.md §7).
      """
      CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'events are append-only'); END
      """,
      """
      CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
      BEGIN SELECT RAISE(ABORT, 'events are append-only'); END
      """,
    ]
  }

  static func v1Statements() -> [String] {
    var sql: [String] = [
      eventsTable(name: "events", uniqueHash: true)
    ] + eventsIndexAndTriggers()
    for table in StateTables.v1 {
      var cols = ["id TEXT PRIMARY KEY NOT NULL"]
      for c in table.columns {
        var def = "\(quoted(c.name)) \(c.sqlType)"
        if let r = c.references {
          def += " REFERENCES \(quoted(r.rawValue))(id) DEFERRABLE INITIALLY DEFERRED"
        }
        cols.append(def)
      }
      cols.append("voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1))")
      cols.append("seq INTEGER NOT NULL REFERENCES events(seq)")
      cols.append("record TEXT NOT NULL")
      sql.append("CREATE TABLE \(quoted(table.name)) (\n  " + cols.joined(separator: ",\n  ") + "\n)")
      var indexed = table.columns.filter { $0.references != nil }.map { [$0.name] }
      indexed += table.indexes
      for cols in indexed {
        let name = "\(table.name)_by_\(cols.joined(separator: "_"))"
        sql.append("CREATE INDEX \(quoted(name)) ON \(quoted(table.name))(\(cols.map(quoted).joined(separator: ", ")))")
      }
    }
    return sql
  }
}
