/// Covering indexes for revenue-model's reads (issue 7, speed): each holds every column its
/// query filters, joins and groups on, so SQLite answers from the narrow index and never
/// reads the wide state rows (record JSON inline). Where a v1 index on the same leading
/// column exists, the wider one replaces it (it serves the same lookups), so an import
/// maintains no more indexes than before, except the one on auth ids.
enum RevenueIndexes {
  /// (replaced v1 index or nil, new index name, table, columns)
  static let indexes: [(replaces: String?, name: String, table: String, columns: [String])] = [
    // procedureFacts: performed procedures by date, with what the groups read.
    (
      "procedure_by_date", "procedure_by_date_revenue", "procedure",
      [
        "date", "status", "voided", "cpt", "provider_id", "units", "place_of_service", "location_id", "paid_cents",
        "auth_id", "patient_id", "id",
      ]
    ),
    // The auth a procedure or a first decision names: is it void, its payer; submittedFacts.
    (nil, "auth_by_id_revenue", "auth", ["id", "voided", "payer_id", "submitted_at", "patient_id", "provider_id"]),
    // openAuths: auths by status with the fields revenue at risk groups on.
    (
      "auth_by_status", "auth_by_status_revenue", "auth",
      [
        "status", "voided", "payer_id", "items", "place_of_service", "submitted_at", "urgency", "location_id",
        "service_date", "valid_to", "id",
      ]
    ),
    // appointmentFacts.
    ("appointment_by_start", "appointment_by_start_revenue", "appointment", ["start", "voided", "status", "type"]),
    // openAuths: is an approved auth booked (a scheduled appointment from the date on).
    ("appointment_by_auth_id", "appointment_by_auth_id_revenue", "appointment", ["auth_id", "status", "voided", "start"]),
    // claimFacts.
    (nil, "claim_by_service_date_revenue", "claim", ["service_date", "voided", "payer_id", "paid_cents"]),
  ]

  /// Migration `v4-revenue-indexes`. `IF EXISTS`/`IF NOT EXISTS`, so that it commutes
  /// with another migration that replaces the same v1 index.
  static func statements() -> [String] {
    var sql: [String] = []
    for i in indexes {
      if let old = i.replaces { sql.append("DROP INDEX IF EXISTS \(LedgerMigrations.quoted(old))") }
      sql.append(
        "CREATE INDEX IF NOT EXISTS \(LedgerMigrations.quoted(i.name)) ON \(LedgerMigrations.quoted(i.table))("
          + i.columns.map(LedgerMigrations.quoted).joined(separator: ", ") + ")")
    }
    return sql
  }
}
