import GRDB

/// `paindesk verify`'s check of the schema: the ledger's tables, indexes and triggers are
/// exactly those its applied migrations make, word for word. A dropped append-only
/// trigger, a dropped summary trigger (the summary then drifts from its table), or an index
/// or partial index redefined by hand (a worklist reading it then answers differently) is
/// a change no event records; SQLite's `integrity_check` proves only that each index holds
/// its table's rows as the index is now defined.
extension Ledger {
  /// Appends a problem naming the first object (type and name) that is missing, extra or
  /// changed, against a new in-memory ledger migrated to the same point.
  func verifySchema(_ db: Database, into report: inout VerifyReport) throws {
    let migrator = LedgerMigrations.migrator
    guard let last = try migrator.appliedMigrations(db).last else { return }
    let fresh = try DatabaseQueue()
    try migrator.migrate(fresh, upTo: last)
    let objects = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    let expected = try fresh.read { try Self.schemaObjects($0, sql: objects) }
    let actual = try Self.schemaObjects(db, sql: objects)
    for (name, object) in expected.sorted(by: { $0.key < $1.key }) where actual[name] != object {
      let state = actual[name] == nil ? "is missing" : "was changed"
      report.problems.append("\(object.type) '\(name)' \(state): someone changed the schema by hand")
      return
    }
    if let extra = actual.keys.sorted().first(where: { expected[$0] == nil }), let object = actual[extra] {
      report.problems.append("\(object.type) '\(extra)' is not one the migrations made: someone changed the schema by hand")
    }
  }

  private static func schemaObjects(_ db: Database, sql: String) throws -> [String: SchemaObject] {
    var objects: [String: SchemaObject] = [:]
    for row in try Row.fetchAll(db, sql: sql) {
      objects[row[1]] = SchemaObject(type: row[0], sql: row[2])
    }
    return objects
  }
}

/// One row of `sqlite_master`: a table, index, trigger or view, and the SQL that made it.
private struct SchemaObject: Equatable {
  let type: String
  let sql: String?
}
