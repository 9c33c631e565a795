import GRDB

/// The ledger's schema history. Append-only (style.md §4.4): never edit a registered
/// migration; add `v2-...` after it. Never `eraseDatabaseOnSchemaChange`: the ledger holds
/// the clinic's records.
enum LedgerMigrations {
  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    m.registerMigration("v1-initial") { db in
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
    return m
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
