/// Migration `v3-pa-evidence-columns`: every field of the evidence kinds a PA request
/// cites that v1 keeps only in `record` (the onset of a diagnosis, units, levels and relief
/// of a procedure, the result of a psych evaluation, and the fields packets and bundles
/// show), as typed columns, so `Ledger.evidence` builds the typed views without parsing
/// records. Self-contained: the columns, their DDL and the backfill from `record`.
extension StateTables {
  static let v3PAEvidence: [RecordKind: [StateColumn]] = [
    .diagnosis: [StateColumn("onset"), StateColumn("snomed")],
    .imaging: [StateColumn("summary"), StateColumn("document_id")],
    .procedure: [
      StateColumn("units", "INTEGER"), StateColumn("levels", json: true), StateColumn("relief_pct", "INTEGER"),
      StateColumn("relief_days", "INTEGER"), StateColumn("snomed"), StateColumn("side"), StateColumn("place_of_service"),
      StateColumn("charge_cents", "INTEGER"), StateColumn("paid_cents", "INTEGER"),
    ],
    .assessment: [StateColumn("result")],
    .document: [StateColumn("path")],
  ]

  /// `ALTER TABLE ... ADD COLUMN` for each added column, then one backfill per table from
  /// the stored records (the same values the importer writes: JSON text for a `json`
  /// column, else the scalar; nothing for an absent or null field).
  static func addColumnStatements(_ added: [RecordKind: [StateColumn]]) -> [String] {
    var sql: [String] = []
    for kind in added.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
      let columns = added[kind]!
      let table = LedgerMigrations.quoted(kind.rawValue)
      for c in columns {
        sql.append("ALTER TABLE \(table) ADD COLUMN \(LedgerMigrations.quoted(c.name)) \(c.sqlType)")
      }
      let sets = columns.map { c -> String in
        let path = "'$." + c.path.joined(separator: ".") + "'"
        let value =
          c.json
          ? "CASE WHEN json_type(record, \(path)) IN ('array', 'object') THEN json(json_extract(record, \(path))) WHEN json_type(record, \(path)) NOT IN ('null') THEN json_quote(json_extract(record, \(path))) END"
          : "CASE WHEN json_type(record, \(path)) IN ('true', 'false', 'integer', 'real', 'text') THEN json_extract(record, \(path)) END"
        return "\(LedgerMigrations.quoted(c.name)) = \(value)"
      }
      sql.append("UPDATE \(table) SET \(sets.joined(separator: ", "))")
    }
    return sql
  }
}
