import GRDB

/// The ledger's SQL schema as its migrations make it (`paindesk schema --sql`): every
/// table, index and trigger's `CREATE` statement, in the order SQLite keeps them, from a
/// new in-memory ledger; SQLite's own objects left out.
public enum LedgerSchema {
  public static func sql() throws(ToolkitError) -> String {
    do {
      let db = try DatabaseQueue()
      try LedgerMigrations.migrator.migrate(db)
      let statements = try db.read { db in
        try String.fetchAll(
          db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
      }
      return statements.map { $0 + ";\n\n" }.joined()
    } catch {
      throw LedgerErrors.translate(error, path: "")
    }
  }
}
