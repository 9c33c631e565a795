import GRDB

extension Ledger {
  /// Writes the current state as NDJSON: kinds in dependency order (so `export | import`
  /// works in one pass), records by id, void records left out, each with its
  /// `ledger_version` (the hash of its last event, LedgerVersion) so that a record changed
  /// in a pipe and imported again is refused if someone changed it meanwhile. The stored
  /// text is already canonical JSON and the version is spliced in, not re-encoded: the same
  /// ledger state always gives the same bytes.
  @discardableResult
  public func export(kinds: [RecordKind]?, to sink: ByteSink) throws(ToolkitError) -> Int {
    let chosen = (kinds ?? RecordKind.stored).sorted { $0.order < $1.order }
    let count = try read { db in
      var count = 0
      for kind in chosen where kind.isStored {
        // A record's state row names its last event (`seq`), void ones aside.
        let rows = try Row.fetchCursor(
          db,
          sql: """
            SELECT s.record, e.hash FROM \(LedgerMigrations.quoted(kind.rawValue)) s JOIN events e ON e.seq = s.seq
            WHERE s.voided = 0 ORDER BY s.id
            """)
        while let row = try rows.next() {
          let record: String = row[0]
          let hash: String = row[1]
          sink.write(LedgerVersion.stamped(Array(record.utf8), version: hash))
          sink.write([0x0A])
          count += 1
        }
      }
      return count
    }
    try sink.flush()
    return count
  }

  /// Current records of one kind, void ones left out, by id.
  public func records(of kind: RecordKind) throws(ToolkitError) -> [JSONObject] {
    try read { db in
      try Ledger.recordObjects(db, sql: "SELECT record FROM \(LedgerMigrations.quoted(kind.rawValue)) WHERE voided = 0 ORDER BY id")
    }
  }

  /// The last event's seq and hash, or nil for an empty ledger.
  public func head() throws(ToolkitError) -> (seq: Int64, hash: String)? {
    try read { db in
      guard let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1") else {
        return nil
      }
      return (row["seq"], row["hash"])
    }
  }

  /// Records that a record was entered in error (design.md §3): a `void` event carrying
  /// the record and the reason; the record stays in the history, worklists and exports
  /// leave it out. Voiding a void record again changes nothing and returns false.
  @discardableResult
  public func void(
    kind: RecordKind, id: String, reason: String, actor: String, tool: String, at: String, dryRun: Bool
  ) throws(ToolkitError) -> Bool {
    guard kind.isStored else { throw ToolkitError(.usage, "kind '\(kind.rawValue)' is not stored in the ledger") }
    let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty else { throw ToolkitError(.usage, "--reason must say why the record is void") }
    return try writeBatch(dryRun: dryRun) { db in
      let writer = try EventWriter(db: db, at: at, actor: actor, tool: tool)
      guard let current = try writer.currentObject(kind: kind, id: id) else {
        throw ToolkitError(.dataError, "no \(kind.rawValue) '\(id)' in the ledger: check the kind and the id ('paindesk export --kind \(kind.rawValue)')")
      }
      if current.voided { return false }
      try writer.void(kind: kind, id: id, record: current.object, reason: trimmed)
      try writer.finish()
      return true
    }
  }
}

extension Ledger {
  /// Current records of one kind as their typed view (void ones left out), by id.
  public func all<T: TypedRecord>(_ type: T.Type) throws(ToolkitError) -> [T] {
    try Ledger.decodeAll(records(of: T.recordKind), as: T.self)
  }

}
