/// Covering indexes for revenue-model's reads (issue 7, speed): each holds every column its
/// query filters, joins and groups on, so SQLite answers from the narrow index and never
/// reads the wide state rows (record JSON inline). Where a v1 index on the same leading
/// column exists, the wider one replaces it (it serves the same lookups), so an import
/// maintains no more indexes than before, except the one on auth ids.
enum RevenueIndexes {
  /// Migration `v4-revenue-indexes`, statement by statement as it first ran (append-only:
  /// a change is a new migration). `IF EXISTS`/`IF NOT EXISTS`, so that it commutes with
  /// another migration that replaces the same v1 index.
  static let statements = [
    // procedureFacts: performed procedures by date, with what the groups read.
    #"DROP INDEX IF EXISTS "procedure_by_date""#,
    #"CREATE INDEX IF NOT EXISTS "procedure_by_date_revenue" ON "procedure"("date", "status", "voided", "cpt", "provider_id", "units", "place_of_service", "location_id", "paid_cents", "auth_id", "patient_id", "id")"#,
    // The auth a procedure or a first decision names: is it void, its payer, its patient
    // and provider.
    #"CREATE INDEX IF NOT EXISTS "auth_by_id_revenue" ON "auth"("id", "voided", "payer_id", "patient_id", "provider_id")"#,
    // submittedFacts: submitted auths in the order of its GROUP BY (no sort).
    #"CREATE INDEX IF NOT EXISTS "auth_by_submitted_revenue" ON "auth"("submitted_at", "payer_id", "voided", "id") WHERE submitted_at IS NOT NULL"#,
    // openAuths: auths by status with the fields revenue at risk groups on.
    #"DROP INDEX IF EXISTS "auth_by_status""#,
    #"CREATE INDEX IF NOT EXISTS "auth_by_status_revenue" ON "auth"("status", "voided", "payer_id", "items", "place_of_service", "submitted_at", "urgency", "location_id", "service_date", "valid_to", "id")"#,
    // appointmentFacts.
    #"DROP INDEX IF EXISTS "appointment_by_start""#,
    #"CREATE INDEX IF NOT EXISTS "appointment_by_start_revenue" ON "appointment"("start", "voided", "status", "type")"#,
    // openAuths: is an approved auth booked (a scheduled appointment from the date on).
    #"DROP INDEX IF EXISTS "appointment_by_auth_id""#,
    #"CREATE INDEX IF NOT EXISTS "appointment_by_auth_id_revenue" ON "appointment"("auth_id", "status", "voided", "start")"#,
    // claimFacts.
    #"CREATE INDEX IF NOT EXISTS "claim_by_service_date_revenue" ON "claim"("service_date", "voided", "payer_id", "paid_cents")"#,
    // decisionFacts: first decisions in the order of its GROUP BY, so SQLite groups as it
    // reads instead of sorting every auth (kept in step with auth_history's upserts, which
    // only auth events make).
    #"CREATE INDEX IF NOT EXISTS "auth_history_by_decision_revenue" ON "auth_history"("decided_at", "at", "status", "payer_id", "first_cpt", "channel", "auth_id") WHERE first_seq IS NOT NULL"#,
    // submittedFacts: the auths ever pended (a few), as one set.
    #"CREATE INDEX IF NOT EXISTS "auth_history_pended_revenue" ON "auth_history"("auth_id") WHERE ever_pended = 1"#,
  ]
}
