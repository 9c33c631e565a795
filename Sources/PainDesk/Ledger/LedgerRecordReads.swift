import GRDB

/// The one way the worklists read current records: a query of a state table's `record`
/// column, parsed to objects, and decoded to typed views. Every read helper of the ledger
/// goes through these, so a change of storage touches one place.
extension Ledger {
  /// Objects from a query whose only column is `record`.
  static func recordObjects(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments()) throws -> [JSONObject] {
    var out: [JSONObject] = []
    let cursor = try String.fetchCursor(db, sql: sql, arguments: arguments)
    while let text = try cursor.next() {
      if case .object(let o) = try JSONParser.parse(text) { out.append(o) }
    }
    return out
  }

  /// Current records of `kind` whose `column` is one of `values` (void ones left out), in
  /// chunks of 500 (SQLite's bound-parameter limit); by id within a chunk when
  /// `orderedById`.
  func records(of kind: RecordKind, where column: String, in values: [String], orderedById: Bool = true) throws(ToolkitError)
    -> [JSONObject]
  {
    guard !values.isEmpty else { return [] }
    return try read { db in
      var out: [JSONObject] = []
      let table = LedgerMigrations.quoted(kind.rawValue)
      let col = LedgerMigrations.quoted(column)
      var start = 0
      while start < values.count {
        let chunk = Array(values[start..<min(start + 500, values.count)])
        start += chunk.count
        let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
        out += try Ledger.recordObjects(
          db, sql: "SELECT record FROM \(table) WHERE voided = 0 AND \(col) IN (\(marks))\(orderedById ? " ORDER BY id" : "")",
          arguments: StatementArguments(chunk))
      }
      return out
    }
  }

  /// Objects decoded to their typed view; a stored record that no longer fits its kind is
  /// reported by id (65), never by content.
  static func decodeAll<T: TypedRecord>(_ objects: [JSONObject], as type: T.Type) throws(ToolkitError) -> [T] {
    let decoder = JSONValueDecoder()
    var out: [T] = []
    out.reserveCapacity(objects.count)
    for o in objects {
      do { out.append(try decoder.decode(T.self, from: o)) } catch {
        throw ToolkitError(
          .dataError, "stored \(T.recordKind.rawValue) '\(o.string("id") ?? "?")' does not match its kind; run 'paindesk verify'",
          detail: "\(error)")
      }
    }
    return out
  }
}
