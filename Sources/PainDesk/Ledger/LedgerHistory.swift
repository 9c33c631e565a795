import GRDB

extension Ledger {
  /// When each record of `kind` first reached the ledger: record id -> the `at` of its
  /// first event (the real time of entry, not a business date), so late paperwork shows
  /// as late.
  public func firstEntered(kind: RecordKind) throws(ToolkitError) -> [String: String] {
    try read { db in
      var out: [String: String] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT record_id, at FROM events
          WHERE seq IN (SELECT MIN(seq) FROM events WHERE kind = ? GROUP BY record_id)
          """, arguments: [kind.rawValue])
      while let row = try rows.next() {
        out[row["record_id"]] = row["at"]
      }
      return out
    }
  }

  /// The first event's `at` for one record, or nil when it was never entered.
  public func firstEntered(kind: RecordKind, id: String) throws(ToolkitError) -> String? {
    try read { db in
      try String.fetchOne(
        db, sql: "SELECT at FROM events WHERE kind = ? AND record_id = ? ORDER BY seq LIMIT 1",
        arguments: [kind.rawValue, id])
    }
  }
}
