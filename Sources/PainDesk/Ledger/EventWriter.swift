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
  private var currentStatements: [RecordKind: Statement] = [:]
  private var existsStatements: [RecordKind: Statement] = [:]
  private var upsertStatements: [RecordKind: Statement] = [:]
  private var insertEvent: Statement?
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

  /// The stored version of a record: its canonical JSON and whether it is void.
  func current(kind: RecordKind, id: String) throws -> (record: String, voided: Bool)? {
    let stmt = try currentStatements[kind] ?? {
      let s = try db.makeStatement(sql: "SELECT record, voided FROM \(LedgerMigrations.quoted(kind.rawValue)) WHERE id = ?")
      currentStatements[kind] = s
      return s
    }()
    guard let row = try Row.fetchOne(stmt, arguments: [id]) else { return nil }
    return (row[0], row[1])
  }

  func exists(kind: RecordKind, id: String) throws -> Bool {
    let key = kind.rawValue + "\u{0}" + id
    if known.contains(key) { return true }
    let stmt = try existsStatements[kind] ?? {
      let s = try db.makeStatement(sql: "SELECT 1 FROM \(LedgerMigrations.quoted(kind.rawValue)) WHERE id = ?")
      existsStatements[kind] = s
      return s
    }()
    guard try Row.fetchOne(stmt, arguments: [id]) != nil else { return false }
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
      let s = try db.makeStatement(
        sql: "INSERT INTO events (seq, at, actor, tool, action, kind, record_id, record, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)")
      insertEvent = s
      return s
    }()
    try stmt.execute(arguments: [
      seq, at, actor, tool, action, kind.rawValue, id, String(decoding: record, as: UTF8.self), tipHash, hash,
    ])
    tipSeq = seq
    tipHash = hash
    return seq
  }

  /// Writes the record's current state: the typed columns, the seq of its event, the JSON.
  func upsertState(kind: RecordKind, id: String, object: JSONObject, record: [UInt8], seq: Int64) throws {
    guard let table = StateTables.current[kind] else { return }
    let stmt = try upsertStatements[kind] ?? {
      let names = table.columns.map { LedgerMigrations.quoted($0.name) }
      let placeholders = Array(repeating: "?", count: names.count + 3).joined(separator: ",")
      let updates = (names + ["seq", "record"]).map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
      let s = try db.makeStatement(
        sql: "INSERT INTO \(LedgerMigrations.quoted(table.name)) (id, \(names.joined(separator: ", ")), seq, record) VALUES (\(placeholders)) ON CONFLICT(id) DO UPDATE SET \(updates)"
      )
      upsertStatements[kind] = s
      return s
    }()
    var args: [DatabaseValueConvertible?] = [id]
    args.reserveCapacity(table.columns.count + 3)
    for c in table.columns { args.append(EventWriter.columnValue(object, c)) }
    args.append(seq)
    args.append(String(decoding: record, as: UTF8.self))
    stmt.setUncheckedArguments(StatementArguments(args))
    try stmt.execute()
  }

  func markVoid(kind: RecordKind, id: String) throws {
    try db.execute(sql: "UPDATE \(LedgerMigrations.quoted(kind.rawValue)) SET voided = 1 WHERE id = ?", arguments: [id])
  }

  static func columnValue(_ object: JSONObject, _ c: StateColumn) -> DatabaseValueConvertible? {
    var v: JSONValue? = object[c.path[0]]
    for key in c.path.dropFirst() { v = v?[key] }
    if c.isJSON {
      guard let v, v != .null else { return nil }
      return JSONWriter.canonical(v)
    }
    switch v {
    case .some(.string(let s)): return s
    case .some(.int(let i)): return c.sqlType == "REAL" ? Double(i) : i
    case .some(.double(let d)): return d
    case .some(.bool(let b)): return b ? 1 : 0
    default: return nil
    }
  }
}
