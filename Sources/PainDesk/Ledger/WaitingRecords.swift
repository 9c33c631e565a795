import GRDB

/// The records of an import batch that name a record not stored yet (a reference that
/// comes later in the input, in any order), kept in a temporary table of the batch's
/// connection instead of memory, so that an input where every record waits takes no more
/// memory than one where none does. SQLite keeps temporary tables in a temporary file
/// behind a small page cache (sqlite.org/tempfiles.html); the table goes with the batch.
///
/// A waiting record is held unparked until the batch's end; then it is either stored or
/// parked on the one reference it still misses, and woken when that record is stored.
/// Each record is looked at once plus once per reference it waited on, so settling is
/// linear whatever the order of the input.
final class WaitingRecords {
  /// A held record: its place in the table (input order) and what storing it needs.
  struct Held {
    let n: Int64
    let record: CheckedRecord
    /// The reference it is parked on, if any.
    let need: (field: String, kind: RecordKind, id: String)?
  }

  private let db: Database
  /// How many records are held.
  private(set) var count = 0
  private var created = false

  static let table = "temp.paindesk_import_waiting"

  init(db: Database) {
    self.db = db
  }

  /// Holds a record that misses a reference, after those held before it.
  func hold(_ record: CheckedRecord) throws {
    if !created {
      try db.execute(
        sql: """
          CREATE TABLE IF NOT EXISTS \(Self.table) (
            n INTEGER PRIMARY KEY, file TEXT NOT NULL, line INTEGER NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL,
            record TEXT NOT NULL, need_field TEXT, need_kind TEXT, need_id TEXT);
          CREATE INDEX IF NOT EXISTS temp.paindesk_import_waiting_by_need
            ON paindesk_import_waiting(need_kind, need_id) WHERE need_kind IS NOT NULL;
          DELETE FROM \(Self.table);
          """)
      created = true
    }
    try db.cachedStatement(sql: "INSERT INTO \(Self.table) (file, line, kind, id, record) VALUES (?, ?, ?, ?, ?)")
      .execute(arguments: [record.file, record.line, record.kind.rawValue, record.id, String(decoding: record.canonical, as: UTF8.self)])
    count += 1
  }

  /// Up to `limit` unparked records after `n`, in input order. Only the caller parks or
  /// removes an unparked record (waking reads parked ones alone), so a page stays valid
  /// while it is worked through.
  func unparked(after n: Int64, limit: Int = 256) throws -> [Held] {
    try fetch(where: "n > ? AND need_kind IS NULL ORDER BY n LIMIT ?", [n, limit])
  }

  /// Up to `limit` records parked on the record `kind`/`id`, in input order.
  func parked(on kind: RecordKind, id: String, limit: Int = 256) throws -> [Held] {
    try fetch(where: "need_kind = ? AND need_id = ? ORDER BY n LIMIT ?", [kind.rawValue, id, limit])
  }

  /// Whether a record is parked on `kind`/`id`.
  func hasParked(on kind: RecordKind, id: String) throws -> Bool {
    guard created, count > 0 else { return false }
    return try Bool.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM \(Self.table) WHERE need_kind = ? AND need_id = ?)",
      arguments: [kind.rawValue, id]) ?? false
  }

  /// Parks record `n` on the reference it misses.
  func park(_ n: Int64, on need: (field: String, kind: RecordKind, id: String)) throws {
    try db.cachedStatement(sql: "UPDATE \(Self.table) SET need_field = ?, need_kind = ?, need_id = ? WHERE n = ?")
      .execute(arguments: [need.field, need.kind.rawValue, need.id, n])
  }

  /// Lets go of record `n` (it was stored).
  func remove(_ n: Int64) throws {
    try db.cachedStatement(sql: "DELETE FROM \(Self.table) WHERE n = ?").execute(arguments: [n])
    count -= 1
  }

  /// Every record still held, in input order, a page at a time; then empties the table.
  func drain(_ body: (Held) throws -> Void) throws {
    guard created else { return }
    var after: Int64 = 0
    while true {
      let page = try fetch(where: "n > ? ORDER BY n LIMIT 256", [after])
      guard let last = page.last else { break }
      for held in page { try body(held) }
      after = last.n
    }
    try db.execute(sql: "DROP TABLE \(Self.table)")
    created = false
    count = 0
  }

  private func fetch(where condition: String, _ arguments: StatementArguments) throws -> [Held] {
    guard created else { return [] }
    let rows = try Row.fetchAll(
      db.cachedStatement(
        sql: "SELECT n, file, line, kind, id, record, need_field, need_kind, need_id FROM \(Self.table) WHERE \(condition)"),
      arguments: arguments)
    return try rows.map { row in
      let kindName: String = row[3]
      let id: String = row[4]
      let text: String = row[5]
      guard let kind = RecordKind(name: kindName), let record = CheckedRecord(kind: kind, id: id, canonical: Array(text.utf8), file: row[1], line: row[2])
      else {
        throw ToolkitError(.software, "a waiting \(kindName) '\(id)' could not be read back")
      }
      var need: (field: String, kind: RecordKind, id: String)?
      if let field: String = row[6], let needKind = (row[7] as String?).flatMap(RecordKind.init(name:)), let needID: String = row[8] {
        need = (field, needKind, needID)
      }
      return Held(n: row[0], record: record, need: need)
    }
  }
}
