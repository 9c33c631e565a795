import GRDB

/// Appends events and keeps the state tables in step, inside the caller's transaction.
/// One per batch: it holds the chain's tip and the cached statements.
final class EventWriter {
  let db: Database
  let at: String
  let actor: String
  let tool: String
  private var tipSeq: Int64
  private var tipHash: String
  private var currentStatements: [RecordKind: RawStatement] = [:]
  private var existsStatements: [RecordKind: RawStatement] = [:]
  private var upsertStatements: [RecordKind: RawStatement] = [:]
  private var insertEvent: RawStatement?
  /// Events appended and not yet added to `event_counts`: every event of one writer has the
  /// same day and tool, so one upsert in `finish()` replaces a trigger's upsert per event.
  private var uncounted: Int64 = 0
  /// Ids recently found to exist, so that a million patients naming one provider cost one
  /// look-up; bounded, so memory does not grow with the input.
  private var known: Set<String> = []
  private static let knownLimit = 50_000

  init(db: Database, at: String, actor: String, tool: String) throws {
    self.db = db
    self.at = at
    self.actor = actor
    self.tool = tool
    if let row = try Row.fetchOne(db, sql: "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1") {
      tipSeq = row["seq"]
      tipHash = row["hash"]
    } else {
      tipSeq = 0
      tipHash = EventHash.genesis
    }
  }

  /// How a record compares with its stored version.
  enum Stored: Equatable {
    case absent
    case same
    case different
  }

  private func currentStatement(_ kind: RecordKind) throws -> RawStatement {
    if let s = currentStatements[kind] { return s }
    let s = try RawStatement(db, sql: "SELECT record, voided FROM \(LedgerMigrations.quoted(kind.rawValue)) WHERE id = ?")
    currentStatements[kind] = s
    return s
  }

  /// Compares the canonical bytes with the stored record without copying it out.
  func compare(kind: RecordKind, id: String, canonical: [UInt8]) throws -> Stored {
    let stmt = try currentStatement(kind)
    stmt.bind(1, id)
    return try stmt.firstRow { row in row.columnBytes(0).elementsEqual(canonical) ? .same : .different } ?? .absent
  }

  /// The stored version of a record: its canonical JSON and whether it is void.
  func current(kind: RecordKind, id: String) throws -> (record: String, voided: Bool)? {
    let stmt = try currentStatement(kind)
    stmt.bind(1, id)
    return try stmt.firstRow { row in (String(decoding: row.columnBytes(0), as: UTF8.self), row.columnInt(1) != 0) }
  }

  /// The stored version of a record as an object, and whether it is void; nil when absent.
  func currentObject(kind: RecordKind, id: String) throws -> (object: JSONObject, voided: Bool)? {
    guard let c = try current(kind: kind, id: id) else { return nil }
    guard case .object(let o) = try JSONParser.parse(c.record) else {
      throw ToolkitError(.software, "stored \(kind.rawValue) '\(id)' is not an object; run 'paindesk verify'")
    }
    return (o, c.voided)
  }

  /// Whether `version` (a `ledger_version`) is an earlier event of this record than its
  /// last: the record changed since it was read. The last event's hash, or a hash this
  /// record never had here (a copy from another ledger), is not stale.
  func isStale(kind: RecordKind, id: String, version: String) throws -> Bool {
    let hashes = try String.fetchCursor(
      db, sql: "SELECT hash FROM events WHERE kind = ? AND record_id = ? ORDER BY seq DESC",
      arguments: [kind.rawValue, id])
    guard let last = try hashes.next(), last != version else { return false }
    while let earlier = try hashes.next() {
      if earlier == version { return true }
    }
    return false
  }

  func exists(kind: RecordKind, id: String) throws -> Bool {
    let key = kind.rawValue + "\u{0}" + id
    if known.contains(key) { return true }
    let stmt = try existsStatements[kind] ?? {
      let s = try RawStatement(db, sql: "SELECT 1 FROM \(LedgerMigrations.quoted(kind.rawValue)) WHERE id = ?")
      existsStatements[kind] = s
      return s
    }()
    stmt.bind(1, id)
    guard try stmt.firstRow({ _ in true }) != nil else { return false }
    if known.count >= EventWriter.knownLimit { known.removeAll(keepingCapacity: true) }
    known.insert(key)
    return true
  }

  /// Appends one event and returns its seq.
  @discardableResult
  func append(action: String, kind: RecordKind, id: String, record: [UInt8]) throws -> Int64 {
    let seq = tipSeq + 1
    let fields = EventFields(
      seq: seq, at: at, actor: actor, tool: tool, action: action, kind: kind.rawValue, recordID: id, record: record)
    let hash = EventHash.hash(previous: tipHash, event: fields)
    let stmt = try insertEvent ?? {
      let s = try RawStatement(
        db, sql: "INSERT INTO events (seq, at, actor, tool, action, kind, record_id, record, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)")
      insertEvent = s
      return s
    }()
    stmt.bind(1, seq)
    stmt.bind(2, at)
    stmt.bind(3, actor)
    stmt.bind(4, tool)
    stmt.bind(5, action)
    stmt.bind(6, kind.rawValue)
    stmt.bind(7, id)
    stmt.bind(8, record)
    stmt.bind(9, tipHash)
    stmt.bind(10, hash)
    try stmt.execute()
    tipSeq = seq
    tipHash = hash
    uncounted += 1
    return seq
  }

  /// Adds this writer's events to `event_counts` (events per UTC day of `at` and tool, which
  /// revenue-model's staff-effort rows read). Every user calls it before its transaction
  /// commits; `ReportColumnsTests` checks the table against a recount of the history.
  func finish() throws {
    guard uncounted > 0 else { return }
    try db.execute(
      sql: """
        INSERT INTO event_counts (day, tool, n) VALUES (substr(?, 1, 10), ?, ?)
        ON CONFLICT (day, tool) DO UPDATE SET n = n + excluded.n
        """,
      arguments: [at, tool, uncounted])
    uncounted = 0
  }

  /// Records a new version of a record (`add` or `update`): its event, then its state.
  func store(action: String, kind: RecordKind, id: String, values: StateValues, record: [UInt8]) throws {
    let seq = try append(action: action, kind: kind, id: id, record: record)
    try upsertState(kind: kind, id: id, values: values, record: record, seq: seq)
  }

  /// `store` of a record object: its canonical bytes and typed columns taken out here.
  func store(action: String, kind: RecordKind, id: String, object: JSONObject) throws {
    try store(
      action: action, kind: kind, id: id, values: StateValues(kind: kind, object: object),
      record: JSONWriter.canonicalBytes(.object(object)))
  }

  /// Records that the current version `record` was entered in error (design.md §3): a
  /// `void` event carrying it with the reason, and the state row marked void.
  func void(kind: RecordKind, id: String, record: JSONObject, reason: String) throws {
    var record = record
    record["void_reason"] = .string(reason)
    record["voided"] = .bool(true)
    try append(action: "void", kind: kind, id: id, record: JSONWriter.canonicalBytes(.object(record)))
    try markVoid(kind: kind, id: id)
  }

  /// Writes the record's current state from typed column values taken out beforehand.
  private func upsertState(kind: RecordKind, id: String, values: StateValues, record: [UInt8], seq: Int64) throws {
    guard let table = StateTables.current[kind] else { return }
    let stmt = try upsertStatements[kind] ?? {
      let names = table.columns.map { LedgerMigrations.quoted($0.name) }
      let placeholders = Array(repeating: "?", count: names.count + 3).joined(separator: ",")
      let updates = (names + ["seq", "record"]).map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
      let s = try RawStatement(
        db,
        sql: "INSERT INTO \(LedgerMigrations.quoted(table.name)) (id, \(names.joined(separator: ", ")), seq, record) VALUES (\(placeholders)) ON CONFLICT(id) DO UPDATE SET \(updates)"
      )
      upsertStatements[kind] = s
      return s
    }()
    stmt.bind(1, id)
    values.bind(to: stmt, from: 2)
    let index = Int32(2 + table.columns.count)
    stmt.bind(index, seq)
    stmt.bind(index + 1, record)
    try stmt.execute()
  }

  private func markVoid(kind: RecordKind, id: String) throws {
    try db.execute(sql: "UPDATE \(LedgerMigrations.quoted(kind.rawValue)) SET voided = 1 WHERE id = ?", arguments: [id])
  }
}
