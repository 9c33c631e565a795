import GRDB

/// The appeal reads: denials by the auth they answer, appeals by the denial they
/// appeal, by indexed state columns.
extension Ledger {
  /// Current records of `kind` whose `column` is one of `values` (void ones left out).
  func records(of kind: RecordKind, where column: String, in values: [String]) throws(ToolkitError) -> [JSONObject] {
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
        let cursor = try String.fetchCursor(
          db, sql: "SELECT record FROM \(table) WHERE voided = 0 AND \(col) IN (\(marks)) ORDER BY id",
          arguments: StatementArguments(chunk))
        while let text = try cursor.next() {
          if case .object(let o) = try JSONParser.parse(text) { out.append(o) }
        }
      }
      return out
    }
  }

  /// Denials that answer these auths (`denial.auth_id`).
  public func denials(authIds: [String]) throws(ToolkitError) -> [JSONObject] {
    try records(of: .denial, where: "auth_id", in: authIds)
  }

  /// Appeals of these denials (`appeal.denial_id`).
  public func appeals(denialIds: [String]) throws(ToolkitError) -> [JSONObject] {
    try records(of: .appeal, where: "denial_id", in: denialIds)
  }
}
