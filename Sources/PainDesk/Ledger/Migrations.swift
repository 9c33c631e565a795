import GRDB

/// The ledger's schema history. Every migration runs literal SQL (LedgerMigrationSQL) and
/// reads no application code. Append-only (style.md §4.4): never edit or reorder a
/// registered migration; add the next one at the end, with its own statements, and a test
/// that migrates to it from its predecessor (MigrationTests). Never
/// `eraseDatabaseOnSchemaChange`: the ledger holds the clinic's records.
enum LedgerMigrations {
  /// The first migration: every PainDesk ledger has it, no other SQLite file does.
  static let first = "v1-initial"

  /// One migration: its identifier (kept in `grdb_migrations`), its statements, and
  /// whether its foreign keys are checked as it goes: immediate for a step that cannot
  /// break a key (an index, a summary), which spares the deferred re-check of every key of
  /// the ledger at the end.
  struct Step {
    let id: String
    let statements: [String]
    var immediateForeignKeyChecks = false
  }

  /// Every migration, oldest first.
  static let steps: [Step] = [
    Step(id: first, statements: LedgerMigrationSQL.v1Initial),
    Step(id: "v2-meta", statements: LedgerMigrationSQL.v2Meta),
    Step(id: "v3-events-hash-not-unique", statements: LedgerMigrationSQL.v3EventsHashNotUnique),
    Step(id: "v3-pa-evidence-columns", statements: LedgerMigrationSQL.v3PAEvidenceColumns),
    Step(
      id: "v3-report-columns",
      statements: LedgerMigrationSQL.v3ReportColumns + LedgerMigrationSQL.v3HistoryBackfill + LedgerMigrationSQL.v3ReportTriggers),
    Step(id: "v4-event-counts-by-writer", statements: LedgerMigrationSQL.v4EventCountsByWriter),
    Step(id: "v4-revenue-indexes", statements: LedgerMigrationSQL.v4RevenueIndexes),
    Step(id: "v4-recall-indexes", statements: LedgerMigrationSQL.v4RecallIndexes),
    Step(id: "v5-recall-pump-refill-index", statements: LedgerMigrationSQL.v5RecallPumpRefillIndex),
    Step(id: "v6-pa-undecided-index", statements: LedgerMigrationSQL.v6PAUndecidedIndex, immediateForeignKeyChecks: true),
    Step(id: "v7-procedure-revenue", statements: LedgerMigrationSQL.v7ProcedureRevenue, immediateForeignKeyChecks: true),
    Step(id: "v7-revenue-counts", statements: LedgerMigrationSQL.v7RevenueCounts, immediateForeignKeyChecks: true),
    Step(id: "v8-procedure-purpose", statements: LedgerMigrationSQL.v8ProcedurePurpose),
  ]

  static var migrator: DatabaseMigrator {
    var m = DatabaseMigrator()
    for step in steps {
      m.registerMigration(step.id, foreignKeyChecks: step.immediateForeignKeyChecks ? .immediate : .deferred) { db in
        for sql in step.statements { try db.execute(sql: sql) }
      }
    }
    return m
  }

  /// Quotes an identifier for SQL (`case` is a keyword).
  static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
