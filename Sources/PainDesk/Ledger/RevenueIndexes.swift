/// Covering indexes for revenue-model's reads (issue 7, speed): each holds every column its
/// query filters, joins and groups on, so SQLite answers from the narrow index and never
/// reads the wide state rows (record JSON inline). Where a v1 index on the same leading
/// column exists, the wider one replaces it (it serves the same lookups), so an import
/// maintains no more indexes than before, except the one on auth ids.
enum RevenueIndexes {
  /// (replaced v1 index or nil, new index name, table, columns, partial index condition)
  static let indexes: [(replaces: String?, name: String, table: String, columns: [String], where: String?)] = [
    // procedureFacts: performed procedures by date, with what the groups read.
    (
      "procedure_by_date", "procedure_by_date_revenue", "procedure",
      [
        "date", "status", "voided", "cpt", "provider_id", "units", "place_of_service", "location_id", "paid_cents",
        "auth_id", "patient_id", "id",
      ],
      nil
    ),
    // The auth a procedure or a first decision names: is it void, its payer, its patient
    // and provider.
    (nil, "auth_by_id_revenue", "auth", ["id", "voided", "payer_id", "patient_id", "provider_id"], nil),
    // submittedFacts: submitted auths in the order of its GROUP BY (no sort).
    (
      nil, "auth_by_submitted_revenue", "auth", ["submitted_at", "payer_id", "voided", "id"],
      "submitted_at IS NOT NULL"
    ),
    // openAuths: auths by status with the fields revenue at risk groups on.
    (
      "auth_by_status", "auth_by_status_revenue", "auth",
      [
        "status", "voided", "payer_id", "items", "place_of_service", "submitted_at", "urgency", "location_id",
        "service_date", "valid_to", "id",
      ],
      nil
    ),
    // appointmentFacts.
    ("appointment_by_start", "appointment_by_start_revenue", "appointment", ["start", "voided", "status", "type"], nil),
    // openAuths: is an approved auth booked (a scheduled appointment from the date on).
    ("appointment_by_auth_id", "appointment_by_auth_id_revenue", "appointment", ["auth_id", "status", "voided", "start"], nil),
    // claimFacts.
    (nil, "claim_by_service_date_revenue", "claim", ["service_date", "voided", "payer_id", "paid_cents"], nil),
    // decisionFacts: first decisions in the order of its GROUP BY, so SQLite groups as it
    // reads instead of sorting every auth (kept in step with auth_history's upserts, which
    // only auth events make).
    (
      nil, "auth_history_by_decision_revenue", "auth_history",
      ["decided_at", "at", "status", "payer_id", "first_cpt", "channel", "auth_id"], "first_seq IS NOT NULL"
    ),
    // submittedFacts: the auths ever pended (a few), as one set.
    (nil, "auth_history_pended_revenue", "auth_history", ["auth_id"], "ever_pended = 1"),
  ]

  /// Migration `v4-revenue-indexes`. `IF EXISTS`/`IF NOT EXISTS`, so that it commutes
  /// with another migration that replaces the same v1 index.
  static func statements() -> [String] {
    var sql: [String] = []
    for i in indexes {
      if let old = i.replaces { sql.append("DROP INDEX IF EXISTS \(LedgerMigrations.quoted(old))") }
      sql.append(
        "CREATE INDEX IF NOT EXISTS \(LedgerMigrations.quoted(i.name)) ON \(LedgerMigrations.quoted(i.table))("
          + i.columns.map(LedgerMigrations.quoted).joined(separator: ", ") + ")" + (i.where.map { " WHERE " + $0 } ?? ""))
    }
    return sql
  }
}
