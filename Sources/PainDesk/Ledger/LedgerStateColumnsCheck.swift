import GRDB

/// `paindesk verify`'s check of the typed state columns: each must hold what the importer
/// takes out of the row's record (`StateValues`, the one definition of a column), since the
/// worklists read those columns and never the JSON. A hand edit such as
/// `UPDATE patient SET status = 'deceased'` changes a worklist's answer without touching
/// any event; this finds it. The record itself is checked against its event by
/// `verifyState`, so together they tie every column to the hash chain.
extension Ledger {
  /// Appends a problem naming the first row and column that differ (kind, id and column,
  /// never the values), table by table in the order of `StateTables.v1`.
  func verifyStateColumns(_ db: Database, into report: inout VerifyReport) throws {
    for kind in StateTables.v1.map(\.kind) {
      guard let table = StateTables.current[kind] else { continue }
      // A ledger opened without migrating may lack the later columns; check those it has.
      let present = Set(try db.columns(in: table.name).map(\.name))
      let checked = table.columns.enumerated().filter { present.contains($0.element.name) }
      let names = checked.map { LedgerMigrations.quoted($0.element.name) }
      let stmt = try RawStatement(
        db, sql: "SELECT id, record\(names.map { ", " + $0 }.joined()) FROM \(LedgerMigrations.quoted(table.name))")
      let mismatch = try stmt.firstResult { row -> (id: String, column: String)? in
        let id = String(decoding: row.columnBytes(0), as: UTF8.self)
        guard case .object(let record)? = try? JSONParser.parse(row.columnBytes(1)) else { return (id, "record") }
        let expected = StateValues(kind: kind, object: record).values
        for (k, c) in checked.enumerated() where !expected[c.offset].isStored(in: row, column: Int32(k + 2)) {
          return (id, c.element.name)
        }
        return nil
      }
      if let mismatch {
        report.problems.append(
          "\(kind.rawValue) '\(mismatch.id)': column '\(mismatch.column)' does not match its record: the state was changed by hand")
        return
      }
    }
  }
}
