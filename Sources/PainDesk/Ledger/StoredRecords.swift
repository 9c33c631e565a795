import GRDB

/// Current records read inside a write transaction (`RecordImporter.update`): what a
/// change is applied to, read under the same lock as the write that stores it.
public struct StoredRecords {
  let db: Database

  /// The current records of `kind` with these ids (void ones left out), by id; ids not in
  /// the ledger are left out.
  public func records(of kind: RecordKind, ids: [String]) throws(ToolkitError) -> [JSONObject] {
    let unique = Array(Set(ids)).sorted()
    do {
      var out: [JSONObject] = []
      for chunk in stride(from: 0, to: unique.count, by: 500).map({ Array(unique[$0..<min($0 + 500, unique.count)]) }) {
        out += try Ledger.recordObjects(
          db, sql: "SELECT record FROM \(LedgerMigrations.quoted(kind.rawValue)) WHERE voided = 0 AND id IN (SELECT value FROM json_each(?))",
          arguments: [JSONWriter.canonical(.array(chunk.map { .string($0) }))])
      }
      return out.sorted { ($0.string("id") ?? "") < ($1.string("id") ?? "") }
    } catch {
      throw LedgerErrors.translate(error, path: "")
    }
  }

  /// The current record of `kind` with this id, or nil when it is not in the ledger.
  public func record(of kind: RecordKind, id: String) throws(ToolkitError) -> JSONObject? {
    try records(of: kind, ids: [id]).first
  }

  /// The current records of `kind` with these ids keyed by id; a missing one is a data
  /// error naming it (kind and id), prefixed by where it was asked for.
  public func byId(of kind: RecordKind, ids: [(id: String, place: String?)]) throws(ToolkitError) -> [String: JSONObject] {
    var found: [String: JSONObject] = [:]
    for o in try records(of: kind, ids: ids.map(\.id)) {
      if let id = o.string("id") { found[id] = o }
    }
    for (id, place) in ids where found[id] == nil {
      throw ToolkitError(.dataError, (place.map { "\($0): " } ?? "") + "\(kind.rawValue) \(UntrustedText.quoted(id)) is not in the ledger: check the id")
    }
    return found
  }

  /// Every current record of `kind` (void ones left out), by id.
  public func all(of kind: RecordKind) throws(ToolkitError) -> [JSONObject] {
    do {
      return try Ledger.recordObjects(
        db, sql: "SELECT record FROM \(LedgerMigrations.quoted(kind.rawValue)) WHERE voided = 0 ORDER BY id")
    } catch {
      throw LedgerErrors.translate(error, path: "")
    }
  }
}
