import GRDB

/// Small key/value facts about the ledger that are not records (migration `v2-meta`).
public enum LedgerMetaKey: String, Sendable {
  /// The `transactionTime` of the last FHIR Bulk manifest imported: the next `_since`.
  case fhirSince = "fhir_since"
}

extension Ledger {
  public func meta(_ key: LedgerMetaKey) throws(ToolkitError) -> String? {
    try read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key.rawValue]) }
  }

  public func setMeta(_ key: LedgerMetaKey, _ value: String) throws(ToolkitError) {
    try writeBatch { db in
      try db.execute(
        sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        arguments: [key.rawValue, value])
    }
  }

  /// The ids of one kind's current records (void ones included: an id is taken).
  public func ids(of kind: RecordKind) throws(ToolkitError) -> Set<String> {
    try read { db in
      Set(try String.fetchAll(db, sql: "SELECT id FROM \(LedgerMigrations.quoted(kind.rawValue))"))
    }
  }
}
