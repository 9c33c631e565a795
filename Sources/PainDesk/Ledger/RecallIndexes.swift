/// Narrow partial indexes that cover recall-scan's queries (issue 5), so they read index
/// entries instead of the wide rows holding each record's JSON.
enum RecallIndexes {
  /// Migration `v4-recall-indexes`, statement by statement as it first ran (append-only: a
  /// change is a new migration). Each index is partial on what `RecallQueries` filters by
  /// (their WHERE repeats these terms word for word, which is how SQLite knows it may use
  /// them) and covers the columns read. Completed appointments by patient: the last visit,
  /// the last pump refill and whether a missed appointment was made up. Open appointments
  /// by start: the future schedule and the no-shows and cancellations. Performed
  /// procedures by patient: the latest of each code list (ties: the smallest id). Recall
  /// outreach by date.
  static let statements = [
    """
    CREATE INDEX appointment_recall_completed ON appointment(patient_id, start, type)
    WHERE voided = 0 AND status = 'completed'
    """,
    """
    CREATE INDEX appointment_recall_open ON appointment(start, id, patient_id, type, status, cancelled_at)
    WHERE voided = 0 AND status IN ('scheduled', 'cancelled', 'no_show')
    """,
    """
    CREATE INDEX procedure_recall ON procedure(patient_id, date, id, cpt, relief_pct)
    WHERE voided = 0 AND status = 'performed'
    """,
    """
    CREATE INDEX outreach_recall ON outreach(date, id, patient_id, result)
    WHERE voided = 0 AND purpose = 'recall'
    """,
  ]

  /// Migration `v5-recall-pump-refill-index`: completed `pump_refill` appointments by
  /// patient (RecallQueries repeats the WHERE).
  static let pumpRefill = """
    CREATE INDEX appointment_recall_pump_refill ON appointment(patient_id, start, id, type)
    WHERE voided = 0 AND status = 'completed' AND type = 'pump_refill'
    """
}
