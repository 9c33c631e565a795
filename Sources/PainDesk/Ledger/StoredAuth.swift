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
    return try storedAuths(Self.overdueCandidatesSQL(statuses: statuses, submittedBefore: bounds), [])
  }

  /// The statement `auths(statuses:submittedBefore:)` runs (tests read its query plan).
  static func overdueCandidatesSQL(
    statuses: [String], submittedBefore bounds: [String: (standard: Instant, expedited: Instant)]
  ) -> String {
    func literal(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }
    // julianday of the bound, plus a minute for floating-point rounding.
    func julian(_ i: Instant) -> String {
      String(Double(i.seconds) / 86_400 + 2_440_587.5 + 60.0 / 86_400)
    }
    var sql: String
    // The default statuses: the partial index gives them in id order, with no sort.
    if Set(statuses) == ["pended", "submitted"] {
      sql = "SELECT \(StoredAuth.columns) FROM \"auth\" INDEXED BY \(PAIndexes.undecidedName) WHERE \(PAIndexes.undecidedWhere)"
    } else {
      sql = "SELECT \(StoredAuth.columns) FROM \"auth\" WHERE voided = 0 AND status IN (\(statuses.map(literal).joined(separator: ",")))"
    }
    if !bounds.isEmpty {
      let cases = bounds.keys.sorted().map { id -> String in
        let b = bounds[id]!
        return "WHEN \(literal(id)) THEN CASE WHEN urgency = 'expedited' THEN \(julian(b.expedited)) ELSE \(julian(b.standard)) END"
      }
      sql += " AND NOT COALESCE(julianday(submitted_at) >= CASE payer_id \(cases.joined(separator: " ")) END, 0)"
    }
    return sql + " ORDER BY id"
  }

  private func storedAuths(_ sql: String, _ args: [String]) throws(ToolkitError) -> [StoredAuth] {
    try read { db in
      var out: [StoredAuth] = []
      try RawStatement.rows(db, sql, args) { out.append(StoredAuth($0)) }
      return out
    }
  }
}
