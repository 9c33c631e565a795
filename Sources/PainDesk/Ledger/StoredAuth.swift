import GRDB
import GRDBSQLite

/// An auth as the PA worklist reads it: the typed columns it filters and annotates on, and
/// the stored record text it prints, without parsing the record. Each field is what
/// `record.string(name)` gives: a string column value, else nil.
public struct StoredAuth: Sendable {
  public var id: String?
  public var patientId: String?
  public var payerId: String?
  public var status: String?
  public var urgency: String?
  public var serviceDate: String?
  public var submittedAt: String?
  public var locationId: String?
  public var validTo: String?
  /// The `items` column: the items as canonical JSON text.
  public var itemsJSON: String?
  /// The record as stored (canonical JSON).
  public var record: String

  /// The CPT codes of the items (for the decision timeframe), as `record["items"]` gives them.
  public var cpts: [String] {
    guard let itemsJSON, case .array(let items)? = try? JSONParser.parse(itemsJSON) else { return [] }
    return items.compactMap { $0.objectValue?.string("cpt") }
  }

  /// The stored record, parsed (for the filters that read fields without a column).
  public func object() throws(ToolkitError) -> JSONObject { try PatchedRecord(stored: record).object() }

  static let columns = "id, patient_id, payer_id, status, urgency, service_date, submitted_at, location_id, valid_to, items, record"

  init(_ r: RawStatement) {
    func text(_ k: Int32) -> String? {
      r.columnType(k) == SQLITE_TEXT ? String(decoding: r.columnBytes(k), as: UTF8.self) : nil
    }
    id = text(0)
    patientId = text(1)
    payerId = text(2)
    status = text(3)
    urgency = text(4)
    serviceDate = text(5)
    submittedAt = text(6)
    locationId = text(7)
    validTo = text(8)
    itemsJSON = text(9)
    record = String(decoding: r.columnBytes(10), as: UTF8.self)
  }
}

extension Ledger {
  /// Auths whose status is one of `statuses` (all when nil), by id.
  public func auths(statuses: [String]?) throws(ToolkitError) -> [StoredAuth] {
    var sql = "SELECT \(StoredAuth.columns) FROM \"auth\" WHERE voided = 0"
    var args: [String] = []
    if let statuses, !statuses.isEmpty {
      sql += " AND status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ",")))"
      args = statuses
    }
    return try storedAuths(sql + " ORDER BY id", args)
  }

  /// Auths whose status is one of `statuses` that may be overdue: those submitted before
  /// the bound of their payer and urgency (`bounds[payer id]`), by id. Auths of a payer
  /// without bounds, or whose `submitted_at` SQLite cannot read, are kept; the caller
  /// still decides each one.
  public func auths(
    statuses: [String], submittedBefore bounds: [String: (standard: Instant, expedited: Instant)]
  ) throws(ToolkitError) -> [StoredAuth] {
    guard !statuses.isEmpty else { return [] }
    let (sql, args) = Self.overdueCandidatesSQL(statuses: statuses, submittedBefore: bounds)
    return try storedAuths(sql, args)
  }

  /// The statement `auths(statuses:submittedBefore:)` runs and its arguments (tests read
  /// its query plan). The statuses and the bounds are bound: the bounds as one JSON object
  /// of payer id to [standard, expedited] julian days.
  static func overdueCandidatesSQL(
    statuses: [String], submittedBefore bounds: [String: (standard: Instant, expedited: Instant)]
  ) -> (sql: String, arguments: [String]) {
    // julianday of the bound, plus a minute for floating-point rounding.
    func julian(_ i: Instant) -> JSONValue { .double(Double(i.seconds) / 86_400 + 2_440_587.5 + 60.0 / 86_400) }
    var sql: String
    var args: [String] = []
    // The default statuses: the partial index gives them in id order, with no sort.
    if Set(statuses) == Set(AuthStatus.names(AuthStatus.awaitingDecision)) {
      sql = "SELECT \(StoredAuth.columns) FROM \"auth\" INDEXED BY \(PAIndexes.undecidedName) WHERE \(PAIndexes.undecidedWhere)"
    } else {
      sql = "SELECT \(StoredAuth.columns) FROM \"auth\" WHERE voided = 0 AND status IN (SELECT value FROM json_each(?))"
      args.append(Ledger.jsonList(statuses))
    }
    if !bounds.isEmpty {
      var byPayer = JSONObject()
      for (id, b) in bounds { byPayer[id] = .array([julian(b.standard), julian(b.expedited)]) }
      sql += """
         AND NOT COALESCE(julianday(submitted_at) >= (
          SELECT json_extract(b.value, CASE WHEN urgency = ? THEN '$[1]' ELSE '$[0]' END)
          FROM json_each(?) b WHERE b.key = payer_id), 0)
        """
      args += [Urgency.expedited.rawValue, JSONWriter.canonical(.object(byPayer))]
    }
    return (sql + " ORDER BY id", args)
  }

  private func storedAuths(_ sql: String, _ args: [String]) throws(ToolkitError) -> [StoredAuth] {
    try read { db in
      var out: [StoredAuth] = []
      try RawStatement.rows(db, sql, args) { out.append(StoredAuth($0)) }
      return out
    }
  }
}
